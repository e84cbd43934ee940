package cn.excellence.shared.engine;

import cn.excellence.shared.web.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The application's refusal, raised by a service a start form's listener called through the engine REST API: its status. */
@Provider
@Priority(1)
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException exception) {
        return EngineRestExceptionMapper.refusedInput(exception);
    }
}
