package cn.excellence.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One gate for every process: every user task of every deployed model tells its assignee, or its candidates, that it
 * is theirs ({@link TaskAssignmentNotifier}), on creation and on each new assignee. The listener runs after the
 * model's own task listeners, so that the task's name is final (its case's subject, 已被退回) when it is read.
 */
@Component
class TaskNotificationPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskAssignmentNotifier> notifier;

    TaskNotificationPlugin(ObjectProvider<TaskAssignmentNotifier> notifier) {
        this.notifier = notifier;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new EveryUserTask(task -> notifier.getObject().notify(task)));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static final class EveryUserTask extends AbstractBpmnParseListener {

        private final TaskListener listener;

        EveryUserTask(TaskListener listener) {
            this.listener = listener;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
            }
        }
    }
}
