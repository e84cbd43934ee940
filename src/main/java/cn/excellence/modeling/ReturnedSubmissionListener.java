package cn.excellence.modeling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On a task that is worked again after a return (its create and complete events): when it is created with
 * values already in its form's fields, those are the submission that was returned and are kept on the task;
 * when it completes, what changed is left for the reviewer's next task ({@link SubmissionChangesListener}):
 * the previous value of each changed field and a summary, or 首次提交 when nothing was returned. The fields
 * compared are the ones the task's Camunda Form lets its user fill in.
 */
@Component
class ReturnedSubmissionListener implements TaskListener {

    private static final String RETURNED = "returned_";
    private final DeployedFormFields forms = new DeployedFormFields();

    @Override
    public void notify(DelegateTask task) {
        List<FormField> fields = forms.of(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            keepReturned(task, fields);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            leaveChanges(task, fields);
        }
    }

    private static void keepReturned(DelegateTask task, List<FormField> fields) {
        if (fields.stream().anyMatch(f -> task.getVariable(f.key()) != null)) {
            fields.forEach(f -> task.setVariableLocal(RETURNED + f.key(), task.getVariable(f.key())));
        }
    }

    private static void leaveChanges(DelegateTask task, List<FormField> fields) {
        boolean returned = fields.stream().anyMatch(f -> task.hasVariableLocal(RETURNED + f.key()));
        SubmissionChanges changes = SubmissionChanges.first();
        if (returned) {
            Map<String, Object> before = new HashMap<>();
            Map<String, Object> now = new HashMap<>();
            fields.forEach(f -> {
                before.put(f.key(), task.getVariableLocal(RETURNED + f.key()));
                now.put(f.key(), task.getVariable(f.key()));
            });
            changes = SubmissionChanges.between(fields, before, now);
        }
        task.getExecution().setVariable(SubmissionChanges.VAR_SUMMARY, changes.summary());
        for (FormField field : fields) {
            String previous = changes.previousValues().get(field.key());
            if (previous == null) {
                task.getExecution().removeVariable(SubmissionChanges.previousKey(field.key()));
            } else {
                task.getExecution().setVariable(SubmissionChanges.previousKey(field.key()), previous);
            }
        }
    }
}
