package cn.excellence.shared.engine;

import cn.excellence.shared.TaskInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A delegate's input rule broken by the variables a client sent through the engine REST API: 400. */
@Provider
@Priority(1)
public class TaskInputExceptionMapper implements ExceptionMapper<TaskInputException> {

    @Override
    public Response toResponse(TaskInputException exception) {
        return EngineRestExceptionMapper.problem(400, "TaskInputException", exception.getMessage());
    }
}
