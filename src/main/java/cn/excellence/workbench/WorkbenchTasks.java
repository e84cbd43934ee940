package cn.excellence.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * 待办: my tasks and my groups' tasks, each task's form, claim, and completion sent exactly once. The engine decides
 * what the user sees and may do (its authorizations, as the request's user); completion goes through the engine's
 * FormService, so the form's rules judge the values as they judge Tasklist's.
 */
@Service
public class WorkbenchTasks {

    static final String GONE = "该任务已由他人办理或已撤销。";
    /** The most tasks of one kind (mine, my candidate ones, my groups') 待办 lists; the engine refuses unbounded queries. */
    static final int MAX_TASKS = 500;
    private static final Comparator<TaskSummary> ORDER = Comparator.comparing(TaskSummary::overdue).reversed()
            .thenComparing(TaskSummary::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskSummary::created, Comparator.reverseOrder());

    private final EngineAccess engine;
    private final FormData forms;
    private final IdempotentRequests requests;
    private final Drafts drafts;

    WorkbenchTasks(EngineAccess engine, FormData forms, IdempotentRequests requests, Drafts drafts) {
        this.engine = engine;
        this.forms = forms;
        this.requests = requests;
        this.drafts = drafts;
    }

    /** Assigned to me, or unassigned with me or one of my groups a candidate: overdue first, then by due date, then newest. */
    public List<TaskSummary> myTasks(CurrentUser user) {
        TaskService tasks = engine.engine().getTaskService();
        List<Task> found = new ArrayList<>(tasks.createTaskQuery().taskAssignee(user.userId()).listPage(0, MAX_TASKS));
        found.addAll(tasks.createTaskQuery().taskCandidateUser(user.userId()).listPage(0, MAX_TASKS));
        if (!user.groups().isEmpty()) {
            found.addAll(tasks.createTaskQuery().taskCandidateGroupIn(user.groups()).listPage(0, MAX_TASKS));
        }
        Set<String> seen = new HashSet<>();
        return found.stream().filter(t -> seen.add(t.getId())).map(t -> summary(t, user, t.getAssignee() == null)).sorted(ORDER).toList();
    }

    /** The task with its Camunda Form and the values it opens with; 404 for a task the user may not see. */
    public TaskForm form(CurrentUser user, String taskId) {
        Task task = visible(taskId);
        JsonNode schema = forms.schema(engine.engine().getFormService().getDeployedTaskForm(taskId));
        VariableMap variables = engine.engine().getFormService().getTaskFormVariables(taskId, null, false);
        return new TaskForm(summary(task, user, isCandidate(task, user)), schema, forms.data(variables, schema));
    }

    /** Claims an unassigned task I am a candidate for (claiming my own again is no change). */
    public TaskSummary claim(CurrentUser user, String taskId) {
        Task task = visible(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
            throw ApiException.conflict("该任务已由" + engine.userName(task.getAssignee()) + "认领，无法再认领。");
        }
        if (task.getAssignee() == null) {
            if (!isCandidate(task, user)) {
                throw ApiException.forbidden("您不是该任务的办理人或候选人，不能认领。");
            }
            engine.engine().getTaskService().claim(taskId, user.userId());
        }
        return summary(visible(taskId), user, false);
    }

    /**
     * Completes the task with the form's values, once per Idempotency-Key: the key, the completion and the deletion of my
     * draft of the task commit together; the same key again gets the stored answer, marked replayed.
     */
    public Completion complete(CurrentUser user, String taskId, String key, JsonNode values) {
        IdempotentRequests.checkKey(key);
        checkTaskId(taskId);
        String target = "task:" + taskId;
        var earlier = requests.earlier(user.userId(), key, target, Completion.class);
        if (earlier.isPresent()) {
            return earlier.get().replay();
        }
        forms.checkValues(values);
        var result = requests.once(user.userId(), key, target, Completion.class, () -> completeNow(user, taskId, values));
        return result.replayed() ? result.answer().replay() : result.answer();
    }

    private Completion completeNow(CurrentUser user, String taskId, JsonNode values) {
        Task task = engine.engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw ApiException.notFound(GONE);
        }
        if (task.getAssignee() == null && isCandidate(task, user)) {
            engine.engine().getTaskService().claim(taskId, user.userId());
        } else if (!user.userId().equals(task.getAssignee())) {
            throw task.getAssignee() == null ? ApiException.forbidden("该任务不是您的待办，您不能办理。")
                    : ApiException.conflict("该任务已由" + engine.userName(task.getAssignee()) + "认领，无法由您办理。");
        }
        var formService = engine.engine().getFormService();
        JsonNode schema = forms.schema(formService.getDeployedTaskForm(taskId));
        VariableMap variables = forms.variables(values, schema, formService.getTaskFormVariables(taskId, null, false), engine.engine());
        Set<String> before = new HashSet<>(engine.openTasksOfCase(task.getProcessInstanceId()).stream().map(Task::getId).toList());
        formService.submitTaskForm(taskId, variables);
        drafts.delete(user.userId(), "task-" + taskId);
        List<Task> open = engine.openTasksOfCase(task.getProcessInstanceId());
        List<Task> opened = open.stream().filter(t -> !before.contains(t.getId())).toList();
        boolean inBackground = open.isEmpty() && engine.continuesInBackground(task.getProcessInstanceId());
        return new Completion(taskId, EngineAccess.nameAndSubject(task.getName())[0], false, engine.ended(task.getProcessInstanceId()),
                inBackground, engine.nextSteps(opened));
    }

    /** The task as the user sees it under the engine's authorizations; 404 when it is gone or not theirs to see. */
    Task visible(String taskId) {
        checkTaskId(taskId);
        Task task = engine.engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw ApiException.notFound(GONE);
        }
        return task;
    }

    static void checkTaskId(String taskId) {
        if (taskId == null || !taskId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new TaskInputException("任务编号格式不正确。");
        }
    }

    private boolean isCandidate(Task task, CurrentUser user) {
        List<IdentityLink> links = engine.privileged(() -> engine.engine().getTaskService().getIdentityLinksForTask(task.getId()));
        return links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                && (user.userId().equals(l.getUserId()) || l.getGroupId() != null && user.groups().contains(l.getGroupId())));
    }

    private TaskSummary summary(Task task, CurrentUser user, boolean candidate) {
        String[] name = EngineAccess.nameAndSubject(task.getName());
        Date now = ClockUtil.getCurrentTime();
        boolean mine = user.userId().equals(task.getAssignee());
        return new TaskSummary(task.getId(), name[0], name[1], engine.processKey(task.getProcessDefinitionId()),
                engine.processName(task.getProcessDefinitionId()), task.getProcessInstanceId(), EngineAccess.time(task.getCreateTime()),
                EngineAccess.time(task.getDueDate()), task.getDueDate() != null && task.getDueDate().before(now), task.getAssignee(), mine,
                task.getAssignee() == null && candidate);
    }
}
