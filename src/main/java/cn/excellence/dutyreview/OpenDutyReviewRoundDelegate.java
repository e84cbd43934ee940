package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.JsonValues.json;
import static cn.excellence.dutyreview.DutyReviewProcess.*;
import static cn.excellence.shared.FormValues.dateTime;
import static cn.excellence.shared.FormValues.integer;
import static cn.excellence.shared.FormValues.list;
import static cn.excellence.shared.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;

/** Records the round from its start variables and hands the process the report ids. */
@Component
class OpenDutyReviewRoundDelegate implements JavaDelegate {

    private final DutyReviewService service;

    OpenDutyReviewRoundDelegate(DutyReviewService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RoundRequest request = new RoundRequest(integer(execution.getVariable(VAR_YEAR), "评议年度（year）"),
                text(execution.getVariable(VAR_TITLE)), list(execution.getVariable(VAR_TOWNSHIPS), ",", "苏木镇（townships）"),
                list(execution.getVariable(VAR_REVIEWERS), ",", "评议人（reviewers）"),
                dateTime(execution.getVariable(VAR_REPORT_DUE), "述职报告截止时间"), dateTime(execution.getVariable(VAR_RATING_DUE), "评议截止时间"));
        String initiator = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        DutyReviewService.RoundOpened opened = service.openRound(request, initiator, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(BusinessKeys.of("述职评议", request.title(), opened.roundId()));
        execution.setVariable(VAR_ROUND_ID, opened.roundId());
        execution.setVariable(VAR_REPORT_IDS, json(opened.reportIds()));
    }
}
