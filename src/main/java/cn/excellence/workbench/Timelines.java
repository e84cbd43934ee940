package cn.excellence.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

import cn.excellence.notification.ProcessUrges;
import cn.excellence.notification.ProcessUrges.RecordedUrge;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.engine.WithoutAuthorization;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.workbench.Timeline.Step;
import cn.excellence.workbench.Timeline.StepType;
import cn.excellence.workbench.TaskDecisions.Decision;
import cn.excellence.workbench.TaskDecisions.FormChoices;

/**
 * A record's timeline from the engine's history (level full): the start, each task with the decision and opinion the user
 * set on its form (the variable updates recorded in the task's activity instance), every 催办, the end. Visible to whoever
 * started the case, anyone who had a task in it, the banner-wide roles and a secretary whose 我的事项 holds the case; for
 * anyone else it does not exist (404). The engine's history authorizations are suspended only for the reads of the one
 * instance, after that check.
 */
@Service
class Timelines {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    private final ProcessEngine engine;
    private final Cases cases;
    private final TaskDecisions decisions;
    private final ProcessUrges urges;

    Timelines(ProcessEngine engine, Cases cases, TaskDecisions decisions, ProcessUrges urges) {
        this.engine = engine;
        this.cases = cases;
        this.decisions = decisions;
        this.urges = urges;
    }

    Timeline of(CurrentUser user, String processInstanceId) {
        if (processInstanceId == null || !processInstanceId.matches(ID)) {
            throw new TaskInputException("流程实例编号格式不正确：只能由字母、数字和连字符组成，最长 64 个字符。");
        }
        HistoricProcessInstance instance = privileged(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult());
        if (instance == null) {
            throw notFound();
        }
        List<HistoricTaskInstance> tasks = privileged(() -> engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().orderByTaskId().asc().list());
        boolean took = user.isBannerWide() || user.userId().equals(instance.getStartUserId()) || hadTask(user, tasks);
        Optional<CaseItem> item = cases.withProcess(user, processInstanceId);
        if (!took && item.isEmpty()) {
            throw notFound();
        }
        String title = item.map(CaseItem::title).orElse(instance.getBusinessKey() != null ? instance.getBusinessKey()
                : instance.getProcessDefinitionName());
        boolean mayUrge = ProcessUrges.mayUrge(user, instance.getStartUserId());
        return privileged(() -> build(instance, tasks, title, mayUrge));
    }

    private Timeline build(HistoricProcessInstance instance, List<HistoricTaskInstance> tasks, String title, boolean mayUrge) {
        Map<String, String> names = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(StepType.START, "发起", instance.getStartUserId(), name(instance.getStartUserId(), names),
                EngineAccess.time(instance.getStartTime()), null, false, null, null, null, false));
        Map<String, Map<String, Object>> setIn = variablesSetPerActivityInstance(instance.getId());
        ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId());
        Map<String, FormChoices> forms = new HashMap<>();
        Map<String, String> taskNames = new HashMap<>();
        Map<String, String> completedBy = completedBy(instance.getId());
        for (HistoricTaskInstance task : tasks) {
            taskNames.put(task.getId(), task.getName());
            boolean open = task.getEndTime() == null;
            Decision decision = open ? Decision.NONE : forms.computeIfAbsent(task.getTaskDefinitionKey(), k -> decisions.of(definition, k))
                    .decisionIn(setIn.getOrDefault(task.getActivityInstanceId(), Map.of()));
            String who = open ? task.getAssignee() : completedBy.getOrDefault(task.getId(), task.getAssignee());
            steps.add(new Step(StepType.TASK, task.getName(), who, name(who, names),
                    EngineAccess.time(open ? task.getStartTime() : task.getEndTime()), EngineAccess.time(task.getDueDate()), open, decision.decision(),
                    decision.opinion(), task.getId(), open && mayUrge));
        }
        for (RecordedUrge urge : urges.of(instance.getId())) {
            steps.add(new Step(StepType.URGE, "催办：" + taskNames.getOrDefault(urge.taskId(), "待办任务"), urge.urgedBy(),
                    name(urge.urgedBy(), names), urge.urgedAt(), null, false, null, urge.note(), urge.taskId(), false));
        }
        String state = state(instance);
        if (instance.getEndTime() != null) {
            steps.add(new Step(StepType.END, state, null, null, EngineAccess.time(instance.getEndTime()), null, false, null, null, null, false));
        }
        List<Step> ordered = new ArrayList<>(steps.subList(0, 1));
        steps.subList(1, steps.size()).stream().sorted(Comparator.comparing(Step::at, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(ordered::add);
        return new Timeline(instance.getId(), instance.getProcessDefinitionName(), instance.getBusinessKey(), title,
                instance.getStartUserId(), name(instance.getStartUserId(), names), EngineAccess.time(instance.getStartTime()),
                EngineAccess.time(instance.getEndTime()), state, ordered);
    }

    /** The variables each activity instance set (the last value of each), from the history's variable updates. */
    private Map<String, Map<String, Object>> variablesSetPerActivityInstance(String processInstanceId) {
        Map<String, Map<String, Object>> set = new HashMap<>();
        for (HistoricDetail detail : engine.getHistoryService().createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().disableBinaryFetching().orderByTime().asc().list()) {
            if (detail instanceof HistoricVariableUpdate update && update.getActivityInstanceId() != null) {
                set.computeIfAbsent(update.getActivityInstanceId(), k -> new LinkedHashMap<>()).put(update.getVariableName(), update.getValue());
            }
        }
        return set;
    }

    /** Who completed each task: the user the engine's operation log names (a candidate may complete without claiming). */
    private Map<String, String> completedBy(String processInstanceId) {
        Map<String, String> users = new HashMap<>();
        engine.getHistoryService().createUserOperationLogQuery().processInstanceId(processInstanceId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
                .forEach(entry -> users.put(entry.getTaskId(), entry.getUserId()));
        return users;
    }

    /** Whether the user was the assignee or a candidate (in person or through one of their groups) of one of the tasks. */
    private boolean hadTask(CurrentUser user, List<HistoricTaskInstance> tasks) {
        if (tasks.stream().anyMatch(t -> user.userId().equals(t.getAssignee()) || user.userId().equals(t.getOwner()))) {
            return true;
        }
        return privileged(() -> tasks.stream().anyMatch(t -> engine.getHistoryService().createHistoricIdentityLinkLogQuery()
                .taskId(t.getId()).list().stream()
                .anyMatch(link -> user.userId().equals(link.getUserId()) || (link.getGroupId() != null && user.isMemberOf(link.getGroupId())))));
    }

    private String name(String userId, Map<String, String> names) {
        if (userId == null) {
            return null;
        }
        return names.computeIfAbsent(userId, id -> {
            User user = engine.getIdentityService().createUserQuery().userId(id).singleResult();
            String name = user == null ? "" : (Objects.toString(user.getFirstName(), "") + Objects.toString(user.getLastName(), "")).strip();
            return name.isEmpty() ? id : name;
        });
    }

    private static String state(HistoricProcessInstance instance) {
        return switch (instance.getState()) {
            case HistoricProcessInstance.STATE_ACTIVE -> "进行中";
            case HistoricProcessInstance.STATE_SUSPENDED -> "已挂起";
            case HistoricProcessInstance.STATE_COMPLETED -> "已结束";
            case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED -> "已撤销";
            case HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> "已终止";
            default -> instance.getEndTime() == null ? "进行中" : "已结束";
        };
    }

    private <T> T privileged(Callable<T> read) {
        return WithoutAuthorization.read(engine, read);
    }

    private static ApiException notFound() {
        return ApiException.notFound("找不到该事项的办理记录，或您无权查看。");
    }
}
