package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Eligibility (资格审查): an ineligible nomination ends with its reasons recorded; an eligible one
 * reaches its reviewer with no decision or note left from an earlier review.
 */
@Component
class CheckNominationEligibilityDelegate implements JavaDelegate {

    private final NominationService nominations;
    private final NominationResults results;

    CheckNominationEligibilityDelegate(NominationService nominations, NominationResults results) {
        this.nominations = nominations;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = longOf(execution, VAR_NOMINATION_ID);
        List<String> reasons = nominations.checkEligibility(id);
        execution.setVariable(VAR_ELIGIBLE, reasons.isEmpty());
        execution.setVariable(VAR_TOWNSHIP_SECRETARY, nominations.townshipReviewer(nominations.nomination(id)).orElse(null));
        execution.setVariable(VAR_REVIEW_DECISION, null);
        execution.setVariable(VAR_REVIEW_NOTE, null);
        results.announce(execution.getProcessInstanceId(), longOf(execution, VAR_NOMINATION_ID));
    }
}
