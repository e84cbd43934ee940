package cn.excellence.shared.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

import cn.excellence.shared.account.PasswordRules;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Engine exceptions that reach the engine REST API unwrapped (starting a process, for example): a
 * broken input rule, a Java-serialized variable or a value the engine needs and did not get (a query
 * sorted by a variable of an unknown type) is the client's 400, a concurrent change a 409 (also the
 * authorization failure of a candidate whose task another candidate has just completed), a password
 * that breaks the password policy a 400; everything else as Camunda maps it.
 */
@Provider
@Priority(1)
public class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    /** The engine's message when a new password breaks the password policy. */
    static final String PASSWORD_POLICY_REFUSED = "Password does not match policy";

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessEngineException exception) {
        Response refused = EngineRestExceptionMapper.refusedInput(exception);
        if (refused != null) {
            return refused;
        }
        if (exception instanceof NullValueException missing) {
            return EngineRestExceptionMapper.missingValue(missing);
        }
        if (EngineRestExceptionMapper.find(exception, OptimisticLockingException.class) != null) {
            return EngineRestExceptionMapper.problem(409, "OptimisticLockingException", "该记录刚被他人修改，请刷新后重试。");
        }
        if (PASSWORD_POLICY_REFUSED.equals(exception.getMessage())) {
            return EngineRestExceptionMapper.problem(400, "PasswordPolicyException", "密码不符合密码策略：" + PasswordRules.SUMMARY);
        }
        // the task's candidates lose their right to it the moment another one completes it (AuthorizationException), and a
        // completion that read the case while another completion of the same task was committing fails inside the engine
        String taskId = EngineRestExceptionMapper.completedTaskId(uriInfo);
        Response answer = camunda.toResponse(exception);
        boolean lostRace = exception instanceof AuthorizationException || answer.getStatus() >= 500;
        if (lostRace && taskId != null && EngineRestExceptionMapper.wasCompletedByAnother(taskId)) {
            return EngineRestExceptionMapper.alreadyCompleted();
        }
        return answer;
    }
}
