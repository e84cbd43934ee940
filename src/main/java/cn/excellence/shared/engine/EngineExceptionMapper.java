package cn.excellence.shared.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Engine exceptions that reach the engine REST API unwrapped (starting a process, for example): a
 * broken input rule is the client's 400, a concurrent change a 409 (also the authorization failure of
 * a candidate whose task another candidate has just completed); everything else as Camunda maps it.
 */
@Provider
@Priority(1)
public class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessEngineException exception) {
        Response refused = EngineRestExceptionMapper.refusedInput(exception);
        if (refused != null) {
            return refused;
        }
        if (EngineRestExceptionMapper.find(exception, OptimisticLockingException.class) != null) {
            return EngineRestExceptionMapper.problem(409, "OptimisticLockingException", "该记录刚被他人修改，请刷新后重试。");
        }
        if (exception instanceof AuthorizationException) {
            // the task's candidates lose their right to it the moment another one completes it
            String taskId = EngineRestExceptionMapper.completedTaskId(uriInfo);
            if (taskId != null && EngineRestExceptionMapper.wasCompletedByAnother(taskId)) {
                return EngineRestExceptionMapper.alreadyCompleted();
            }
        }
        return camunda.toResponse(exception);
    }
}
