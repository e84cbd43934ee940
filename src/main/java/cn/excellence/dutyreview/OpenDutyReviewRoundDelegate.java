package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.JsonValues.json;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.TaskInputException;

/** Records the round from its start variables and hands the process the report ids. */
@Component
class OpenDutyReviewRoundDelegate implements JavaDelegate {

    private final DutyReviewService service;

    OpenDutyReviewRoundDelegate(DutyReviewService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RoundRequest request = new RoundRequest(year(execution.getVariable(VAR_YEAR)),
                (String) text(execution.getVariable(VAR_TITLE)), list(execution.getVariable(VAR_TOWNSHIPS)),
                list(execution.getVariable(VAR_REVIEWERS)),
                execution.getVariable(VAR_REPORT_DUE) == null ? null : DateValues.parse(execution.getVariable(VAR_REPORT_DUE), "述职报告截止时间"),
                execution.getVariable(VAR_RATING_DUE) == null ? null : DateValues.parse(execution.getVariable(VAR_RATING_DUE), "评议截止时间"));
        String initiator = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        DutyReviewService.RoundOpened opened = service.openRound(request, initiator, execution.getProcessInstanceId());
        execution.setProcessBusinessKey(BusinessKeys.of("述职评议", request.title(), opened.roundId()));
        execution.setVariable(VAR_ROUND_ID, opened.roundId());
        execution.setVariable(VAR_REPORT_IDS, json(opened.reportIds()));
    }

    private static Integer year(Object value) {
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        if (value instanceof Number n && n.longValue() == n.doubleValue() && Math.abs(n.longValue()) < 100_000) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new TaskInputException("评议年度（year）应为整数。");
        }
    }

    private static Object text(Object value) {
        if (value != null && !(value instanceof String)) {
            throw new TaskInputException("标题（title）应为文字。");
        }
        return value;
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).map(String::strip).toList();
        }
        if (value instanceof String text) {
            return text.isBlank() ? null : Arrays.stream(text.split(",")).map(String::strip).toList();
        }
        throw new TaskInputException("苏木镇和评议人应为以逗号分隔的代码列表。");
    }
}
