package cn.excellence.modeling;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Added to every start event by {@link FormRulesParseListener}, first of its start listeners: a
 * process started by a person through its start form (Tasklist's 启动流程, the engine REST's
 * submit-form) keeps the rules of that form, like a task's completion. A start with a business key
 * is the application's own, after its service has recorded (and checked) the record the key names.
 */
class StartFormInputListener implements ExecutionListener {

    private final DeployedFormFields forms = new DeployedFormFields();

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() == null) {
            FormRules.check(forms.of(() -> execution.getProcessEngineServices().getFormService()
                    .getDeployedStartForm(execution.getProcessDefinitionId())), execution::getVariable);
        }
    }
}
