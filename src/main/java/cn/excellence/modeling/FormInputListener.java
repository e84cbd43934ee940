package cn.excellence.modeling;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Added to every user task by {@link FormRulesParseListener}, first of its completion listeners:
 * the task's Camunda Form (as deployed, by its binding) states the rules its values must keep, and a
 * completion that breaks one is refused with the field's Chinese label, whichever client sent it.
 */
class FormInputListener implements TaskListener {

    private final DeployedFormFields forms = new DeployedFormFields();

    @Override
    public void notify(DelegateTask task) {
        FormRules.check(forms.of(task), task::getVariable);
    }
}
