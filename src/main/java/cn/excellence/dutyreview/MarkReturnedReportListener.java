package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.VAR_RETURN_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A report org-dept returned comes back to the secretary looking returned: the task's name says so. */
@Component
class MarkReturnedReportListener implements TaskListener {

    static final String RETURNED_NAME = "修改后重新提交述职报告（已被退回）";

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(VAR_RETURN_REASON) != null) {
            task.setName(RETURNED_NAME);
        }
    }
}
