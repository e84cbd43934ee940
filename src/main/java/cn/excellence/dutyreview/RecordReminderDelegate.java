package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reminder timer fired: record one reminder per person who still has to act. */
@Component
class RecordReminderDelegate implements JavaDelegate {

    private final ReminderService reminders;

    RecordReminderDelegate(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.record(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), longOf(execution, VAR_REPORT_ID),
                (String) execution.getVariable(VAR_REMINDER_KIND));
    }
}
