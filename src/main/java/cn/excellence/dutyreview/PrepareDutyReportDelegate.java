package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.BusinessKeys;

/** Gives the report's process its secretary, deadlines and reminder times. */
@Component
class PrepareDutyReportDelegate implements JavaDelegate {

    private final DutyReportService reports;
    private final OrganizationService organizations;

    PrepareDutyReportDelegate(DutyReportService reports, OrganizationService organizations) {
        this.reports = reports;
        this.organizations = organizations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DutyReport report = reports.report(longOf(execution, VAR_REPORT_ID));
        DutyReviewRound round = reports.roundOf(report);
        execution.setVariable(VAR_SECRETARY, report.secretaryId());
        String township = organizations.get(report.townshipCode()).name();
        execution.setProcessBusinessKey(BusinessKeys.of(round.year() + "年述职", township, report.id()));
        execution.setVariable(VAR_TOWNSHIP_NAME, township);
        execution.setVariable(VAR_REPORT_DUE, Date.from(round.reportDue()));
        execution.setVariable(VAR_REPORT_REMINDER_AT, DutyReportService.before(round.reportDue(), DutyReportService.REMINDER_LEAD));
        execution.setVariable(VAR_RATING_DUE, Date.from(round.ratingDue()));
        execution.setVariable(VAR_RETURN_REASON, null);
    }
}
