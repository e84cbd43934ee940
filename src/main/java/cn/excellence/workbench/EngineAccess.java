package cn.excellence.workbench;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.excellence.shared.Groups;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/**
 * The engine as the workbench reads it. Calls run as the request's user (the engine's authorizations apply); only what
 * the user is told about a step they may not see themselves — who works next, a person's name, a process's name — is
 * read without authorization checks.
 */
@Component
class EngineAccess {

    private static final Map<String, String> GROUP_NAMES = Groups.ALL.stream().collect(Collectors.toMap(g -> g[0], g -> g[1]));
    private static final String SUBJECT_SEPARATOR = "：";
    private static final int MAX_CALLED = 1000;

    private final ObjectProvider<ProcessEngine> engine;

    EngineAccess(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    ProcessEngine engine() {
        return engine.getObject();
    }

    /** Runs a read without authorization checks: in the current command, or in a new one (joining the Spring transaction). */
    <T> T privileged(Callable<T> read) {
        CommandContext current = Context.getCommandContext();
        if (current != null) {
            return current.runWithoutAuthorization(read);
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(read));
    }

    /** The step's name without the case Tasklist shows after "：" ({@code TaskSubjectParseListener}), and that case. */
    static String[] nameAndSubject(String taskName) {
        if (taskName == null) {
            return new String[] {null, null};
        }
        int at = taskName.indexOf(SUBJECT_SEPARATOR);
        return at < 0 ? new String[] {taskName, null}
                : new String[] {taskName.substring(0, at), taskName.substring(at + SUBJECT_SEPARATOR.length())};
    }

    static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
    }

    String processName(String processDefinitionId) {
        ProcessDefinition definition = privileged(() -> engine().getRepositoryService().getProcessDefinition(processDefinitionId));
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    String processKey(String processDefinitionId) {
        return privileged(() -> engine().getRepositoryService().getProcessDefinition(processDefinitionId).getKey());
    }

    /** A user's name as people know it, or the id for a user the engine does not know. */
    String userName(String userId) {
        User user = privileged(() -> engine().getIdentityService().createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    /**
     * The open tasks of a case, whoever works them: its process instance, the one that called it (a call activity's end
     * opens the caller's next step) and the ones it called (a round opens one report per township).
     */
    List<Task> openTasksOfCase(String processInstanceId) {
        return privileged(() -> {
            Set<String> ids = new LinkedHashSet<>();
            ids.add(processInstanceId);
            var instance = engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
            if (instance != null && instance.getSuperProcessInstanceId() != null) {
                ids.add(instance.getSuperProcessInstanceId());
            }
            engine().getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(processInstanceId).listPage(0, MAX_CALLED)
                    .forEach(called -> ids.add(called.getId()));
            List<Task> tasks = new ArrayList<>();
            for (String id : ids) {
                tasks.addAll(engine().getTaskService().createTaskQuery().processInstanceId(id).listPage(0, MAX_CALLED));
            }
            return tasks;
        });
    }

    boolean ended(String processInstanceId) {
        return privileged(() -> engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0);
    }

    /** A job of the case is due now (parallel work joining, a tally): the case goes on in the job executor within seconds. */
    boolean continuesInBackground(String processInstanceId) {
        return privileged(() -> engine().getManagementService().createJobQuery().processInstanceId(processInstanceId).executable()
                .count() > 0);
    }

    /** Each task as the next step: its name, assignee, candidate groups and who that is in Chinese. */
    List<NextStep> nextSteps(List<Task> tasks) {
        return tasks.stream().map(this::nextStep).toList();
    }

    private NextStep nextStep(Task task) {
        List<IdentityLink> links = privileged(() -> engine().getTaskService().getIdentityLinksForTask(task.getId()));
        List<String> groups = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        List<String> users = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
                .map(IdentityLink::getUserId).toList();
        List<String> who = new ArrayList<>();
        if (task.getAssignee() != null) {
            who.add(userName(task.getAssignee()));
        } else {
            who.addAll(groups.stream().map(g -> GROUP_NAMES.getOrDefault(g, g)).toList());
            who.addAll(users.stream().map(this::userName).toList());
        }
        return new NextStep(nameAndSubject(task.getName())[0], task.getAssignee(), groups, who.isEmpty() ? null : String.join("、", who));
    }
}
