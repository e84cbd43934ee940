package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Commends everyone left on the notice: honour roll, certificates, awards. */
@Component
class IssueCommendationsDelegate implements JavaDelegate {

    private final HonourService honours;

    IssueCommendationsDelegate(HonourService honours) {
        this.honours = honours;
    }

    @Override
    public void execute(DelegateExecution execution) {
        honours.issue(longOf(execution, VAR_CAMPAIGN_ID));
    }
}
