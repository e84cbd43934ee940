package cn.excellence.modeling;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The diagram names a task plainly (组织部预审), Tasklist names its case too (组织部预审：乌拉山镇): a user task
 * with the extension property {@value #PROPERTY} (the name of a process variable) has "：" and that variable's
 * value appended to its name when it is created. One mechanism for every process, instead of {@code ${…}} in
 * element names, which Cockpit shows raw.
 */
class TaskSubjectParseListener extends AbstractBpmnParseListener {

    static final String PROPERTY = "subjectVariable";

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String variable = subjectVariable(userTaskElement);
        if (variable != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, new Subject(variable));
        }
    }

    private static String subjectVariable(Element task) {
        Element extensions = task.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(p -> PROPERTY.equals(p.attribute("name"))).map(p -> p.attribute("value"))
                .filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /** Appends the subject to the task's name; a task whose variable is unset keeps its plain name. */
    private record Subject(String variable) implements TaskListener {

        @Override
        public void notify(DelegateTask task) {
            Object subject = task.getVariable(variable);
            if (subject != null && !subject.toString().isBlank()) {
                task.setName(task.getName() + "：" + subject);
            }
        }
    }
}
