package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the rating deadline: were at least two thirds of the reviewers heard? If not, the report is escalated to org-dept. */
@Component
class CheckRatingQuorumDelegate implements JavaDelegate {

    private final DutyReportService reports;

    CheckRatingQuorumDelegate(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = longOf(execution, VAR_REPORT_ID);
        DutyReportService.Quorum quorum = reports.quorum(reportId);
        if (!quorum.met()) {
            reports.markEscalated(reportId);
        }
        execution.setVariable(VAR_QUORUM_MET, quorum.met());
        execution.setVariable(VAR_VOTES_CAST, quorum.votesCast());
        execution.setVariable(VAR_REVIEWER_COUNT, quorum.reviewerCount());
    }
}
