package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The applicant records the first committee election (选举第一届委员会); org-dept's filing review opens without an earlier decision. */
@Component
class FirstElectionListener implements TaskListener {

    private final FoundingService service;

    FirstElectionListener(FoundingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.elect(longOf(task, VAR_FOUNDING_ID), task.getVariable(VAR_CANDIDATES), task.getVariable(VAR_ENTITLED),
                task.getVariable(VAR_PRESENT), task.getVariable(VAR_ELECTED_ON));
        task.setVariable(VAR_FILING_DECISION, null);
        task.setVariable(VAR_FILING_COMMENT, null);
    }
}
