package cn.excellence.supervision;

import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reminder timer fired: the unit's or organization's secretary is reminded. */
@Component
class RecordSupervisionReminderDelegate implements JavaDelegate {

    private final MonitoringService monitoring;

    RecordSupervisionReminderDelegate(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean report = execution.hasVariable(VAR_REPORT_ID);
        monitoring.remind(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), report ? "REPORT_DUE_SOON" : "RECTIFICATION_DUE_SOON",
                (String) execution.getVariable(report ? VAR_UNIT_SECRETARY : VAR_ORGANIZATION_SECRETARY),
                report ? "月度进展汇报即将截止，请按时提交。" : "抽查发现的问题整改即将到期，请按时完成。");
    }
}
