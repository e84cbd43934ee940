package cn.excellence.modeling;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds {@link FormInputListener} to every user task the engine parses as a built-in completion
 * listener: it runs before the model's own listeners, and also when a client asks to skip those.
 * Adds {@link StartFormInputListener} to a process's start event with a start form, before the model's start listeners.
 */
class FormRulesParseListener extends AbstractBpmnParseListener {

    private final FormInputListener listener = new FormInputListener();
    private final StartFormInputListener startListener = new StartFormInputListener();

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
        }
    }

    @Override
    public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
        if (scope.getProcessDefinition() == scope && startEventElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null) {
            startEventActivity.addBuiltInListener(ExecutionListener.EVENTNAME_START, startListener, 0);
        }
    }
}
