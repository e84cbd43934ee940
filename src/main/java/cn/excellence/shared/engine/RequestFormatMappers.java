package cn.excellence.shared.engine;

import org.glassfish.jersey.server.ParamException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Requests the engine API cannot read: a body that is not JSON or does not fit the resource, a query
 * parameter of the wrong type. Camunda answers with Jackson's message (Java class names) or a bare 404;
 * these answer 400 with a Chinese message, as {@code /api} does.
 */
final class RequestFormatMappers {

    static final String UNREADABLE_BODY = "请求内容无法解析：请发送格式正确的 JSON，字段类型须与接口说明一致。";

    private RequestFormatMappers() {
    }

    @Provider
    @Priority(1)
    public static class MalformedJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return EngineRestExceptionMapper.problem(400, "InvalidRequestException", UNREADABLE_BODY);
        }
    }

    @Provider
    @Priority(1)
    public static class MismatchedJson implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException exception) {
            return EngineRestExceptionMapper.problem(400, "InvalidRequestException", UNREADABLE_BODY);
        }
    }

    @Provider
    @Priority(1)
    public static class MalformedQueryParameter implements ExceptionMapper<ParamException.QueryParamException> {
        @Override
        public Response toResponse(ParamException.QueryParamException exception) {
            return EngineRestExceptionMapper.problem(400, "InvalidRequestException",
                    "查询参数“" + exception.getParameterName() + "”的格式不正确。");
        }
    }
}
