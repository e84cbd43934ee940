package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.*;
import static cn.excellence.shared.FormValues.items;
import static cn.excellence.shared.FormValues.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.TaskInputException;

/**
 * A round started through its start form (Tasklist's 启动流程, bpmn/duty-review-round-start.form) gives its townships as a
 * checklist and its reviewers as a choice: all plenary members, or listed accounts. This turns them into the variables
 * {@code POST /api/duty-review-rounds} and a start by key give (codes and accounts comma-separated), so the round's first
 * step records it through the same service, with the same checks, for every way of starting it.
 */
@Component
public class DutyReviewRoundStartListener implements ExecutionListener {

    static final String ALL_PLENARY = "ALL_PLENARY";
    static final String LISTED = "LISTED";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");

    @Override
    public void notify(DelegateExecution execution) {
        List<String> chosen = items(execution.getVariable(VAR_CHOSEN_TOWNSHIPS), "参加述职的苏木镇");
        if (chosen != null && !chosen.isEmpty()) {
            if (text(execution.getVariable(VAR_TOWNSHIPS)) != null) {
                throw new TaskInputException("苏木镇请只用一种方式给出：勾选（chosenTownships）或代码列表（townships）。");
            }
            execution.setVariable(VAR_TOWNSHIPS, String.join(",", chosen));
        }
        String scope = text(execution.getVariable(VAR_REVIEWER_SCOPE));
        Object reviewers = execution.getVariable(VAR_REVIEWERS);
        if (LISTED.equals(scope) && text(reviewers) == null) {
            throw new TaskInputException("选择“指定评议人”时，请填写“评议人账号”。");
        }
        if (ALL_PLENARY.equals(scope)) {
            execution.setVariable(VAR_REVIEWERS, null);
        } else if (reviewers instanceof String listed) {
            execution.setVariable(VAR_REVIEWERS, String.join(",", Arrays.stream(SEPARATORS.split(listed.strip())).filter(r -> !r.isEmpty()).toList()));
        }
        execution.removeVariables(List.of(VAR_CHOSEN_TOWNSHIPS, VAR_REVIEWER_SCOPE));
    }
}
