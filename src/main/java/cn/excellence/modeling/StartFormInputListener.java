package cn.excellence.modeling;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import cn.excellence.shared.ApplicationStarts;

/**
 * Added to every start event by {@link FormRulesParseListener}, first of its start listeners: a
 * process started by a person through its start form (Tasklist's 启动流程, the engine REST's
 * submit-form, its start) keeps the rules of that form, like a task's completion. A start the application's
 * own service makes ({@link ApplicationStarts}) has recorded (and checked) its record already.
 */
class StartFormInputListener implements ExecutionListener {

    private final DeployedFormFields forms = new DeployedFormFields();

    @Override
    public void notify(DelegateExecution execution) {
        if (!ApplicationStarts.active()) {
            FormRules.check(forms.of(execution), execution::getVariable);
        }
    }
}
