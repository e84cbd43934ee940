package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the votes; the grade then comes from the DutyGrade decision table. */
@Component
class TallyDutyRatingsDelegate implements JavaDelegate {

    private final DutyReportService reports;

    TallyDutyRatingsDelegate(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DutyReportService.Tally tally = reports.tally(longOf(execution, VAR_REPORT_ID), closedReason(execution));
        execution.setVariable(VAR_VOTES_CAST, tally.votesCast());
        execution.setVariable(VAR_SATISFACTION, tally.satisfaction().doubleValue());
    }

    private static String closedReason(DelegateExecution execution) {
        if (execution.getVariable(VAR_ESCALATION_DECISION) != null) {
            return "TALLIED_BY_ORG_DEPT";
        }
        return Boolean.TRUE.equals(execution.getVariable(VAR_QUORUM_MET)) ? "QUORUM_AT_DEADLINE" : "ALL_RATED";
    }
}
