package cn.excellence.modeling;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On a reviewer's task (create): what {@link ReturnedSubmissionListener} left about the submission under
 * review (the summary, the previous value of each changed field) moves onto this task, so that it shows in
 * the review form and is gone when the task is done; the next cycle starts clean. A submission nobody
 * returned (a start form, say) shows 首次提交.
 */
@Component
class SubmissionChangesListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        Object summary = execution.getVariable(SubmissionChanges.VAR_SUMMARY);
        task.setVariableLocal(SubmissionChanges.VAR_SUMMARY, summary == null ? SubmissionChanges.FIRST_SUBMISSION : summary);
        execution.removeVariable(SubmissionChanges.VAR_SUMMARY);
        List<String> previous = execution.getVariableNames().stream().filter(SubmissionChanges::isPreviousKey).toList();
        for (String name : previous) {
            task.setVariableLocal(name, execution.getVariable(name));
            execution.removeVariable(name);
        }
    }
}
