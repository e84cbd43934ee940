package cn.excellence.shared.engine;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import cn.excellence.shared.ApplicationStarts;

/**
 * The start listener of a process a person starts through its start form (Tasklist's 启动流程) or by key: it records
 * the case through the module's service, as the module's API does, as the starting user, and the process goes on as
 * one the application started: the form's own fields give way to the case's variables, the business key names the
 * case. A start the application's own service made ({@link ApplicationStarts}) has recorded it already and passes.
 */
public abstract class StartFormListener implements ExecutionListener {

    /** The recorded case: the variables the process runs on, its business key, the form fields it no longer needs. */
    public record Recorded(Map<String, Object> variables, String businessKey, Collection<String> formFields) {
    }

    @Override
    public final void notify(DelegateExecution execution) {
        if (ApplicationStarts.active()) {
            return;
        }
        Recorded recorded = record(execution);
        execution.removeVariables(recorded.formFields());
        execution.setVariables(recorded.variables());
        execution.setProcessBusinessKey(recorded.businessKey());
    }

    /** Reads the form's values and records the case; a refusal ({@code TaskInputException}) rolls the whole start back. */
    protected abstract Recorded record(DelegateExecution execution);
}
