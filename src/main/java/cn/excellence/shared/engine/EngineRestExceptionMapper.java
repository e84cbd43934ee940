package cn.excellence.shared.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.spi.SpinDataFormatException;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.web.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The engine REST API reports every failure of a task completion as 500. This mapper, ahead of
 * Camunda's own, gives the client what happened: 400 with the Chinese message for input that
 * breaks a task's rules, 409 when someone else changed or completed the task at the same moment.
 */
@Provider
@Priority(1)
public class EngineRestExceptionMapper implements ExceptionMapper<RestException> {

    @Context
    private UriInfo uriInfo;

    /** A Java class named with its package, as the engine's messages do ({@code java.lang.Integer}): the package is left out. */
    private static final Pattern QUALIFIED_CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

    /** The engine's own word for a Java-serialized variable value, which it refuses (ENGINE-17007). */
    static final String JAVA_SERIALIZATION_PROHIBITED = "Java serialization format is prohibited";

    @Override
    public Response toResponse(RestException exception) {
        Response refused = refusedInput(exception);
        if (refused != null) {
            return refused;
        }
        if (find(exception, OptimisticLockingException.class) != null) {
            return problem(409, "OptimisticLockingException", "该任务刚被他人办理或修改，请刷新后重试。");
        }
        String taskId = completedTaskId(uriInfo);
        if (find(exception, NullValueException.class) != null && taskId != null) {
            return wasCompletedByAnother(taskId) ? alreadyCompleted() : problem(404, "TaskNotFound", "找不到该任务，或您无权办理。");
        }
        if (find(exception, NullValueException.class) != null) {
            return missingValue(find(exception, NullValueException.class));
        }
        Response.Status status = exception.getStatus() == null ? Response.Status.INTERNAL_SERVER_ERROR : exception.getStatus();
        if (status.getStatusCode() >= 500 && taskId != null && wasCompletedByAnother(taskId)) {
            // a completion that read the case while another one's completion of the same task was committing fails
            // inside the engine ("cannot signal execution …: it has no current activity"); for the user it lost a race
            return alreadyCompleted();
        }
        return problem(status.getStatusCode(), "RestException", exception.getMessage());
    }

    static Response problem(int status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message == null ? null : QUALIFIED_CLASS_NAME.matcher(message).replaceAll("$1"));
        body.put("status", status);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * Input the engine refuses: 400 with the Chinese message for a task's rule or the variable gate broken,
     * an expression refused, a Java-serialized value, a JSON value that is not JSON; the status and message of the application's
     * refusal when a start form's listener called a service; null for anything else.
     */
    static Response refusedInput(Throwable exception) {
        TaskInputException input = find(exception, TaskInputException.class);
        if (input != null) {
            return problem(400, "TaskInputException", input.getMessage());
        }
        ApiException application = find(exception, ApiException.class);
        if (application != null) {
            return problem(application.status().value(), "ApiException", application.getMessage());
        }
        ExpressionRefusedException expression = find(exception, ExpressionRefusedException.class);
        if (expression != null) {
            return problem(400, "ExpressionRefusedException", expression.getMessage());
        }
        if (find(exception, SpinDataFormatException.class) != null) {
            return problem(400, "TaskInputException", "JSON 类型的变量值不是有效的 JSON，请检查后重试。");
        }
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProcessEngineException && t.getMessage() != null && t.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED)) {
                return problem(400, "TaskInputException", "不接受 Java 序列化的变量值：请使用文字、数字、布尔、日期或 JSON 值。");
            }
        }
        return null;
    }

    /** A value the engine needs is missing from the request, or names nothing it knows (a variable type, say). */
    static Response missingValue(NullValueException exception) {
        return problem(400, "InvalidRequestException", "请求缺少必需的值，或某个取值无效：" + exception.getMessage());
    }

    static Response alreadyCompleted() {
        return problem(409, "TaskAlreadyCompleted", "该任务已由他人办理完毕，请刷新任务列表。");
    }

    /** The task id when the failed request completed a task (task/{id}/complete or submit-form). */
    static String completedTaskId(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        String[] segments = uriInfo.getPath().replaceAll("^/+", "").split("/");
        int n = segments.length;
        boolean completion = n >= 3 && segments[n - 3].equals("task")
                && (segments[n - 1].equals("complete") || segments[n - 1].equals("submit-form"));
        return completion ? segments[n - 2] : null;
    }

    /**
     * Whether the task has just been completed and the current user could have worked it (its
     * assignee, a candidate, or in a candidate group): then a failed completion lost a race. Nobody
     * else learns that the task existed.
     */
    static boolean wasCompletedByAnother(String taskId) {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            HistoricTaskInstance task = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
            if (task == null || user == null) {
                return task != null;
            }
            List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
            return user.getUserId().equals(task.getAssignee()) || engine.getHistoryService().createHistoricIdentityLinkLogQuery()
                    .taskId(taskId).list().stream().anyMatch(link -> user.getUserId().equals(link.getUserId())
                            || (link.getGroupId() != null && groups.contains(link.getGroupId())));
        }));
    }

    static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
