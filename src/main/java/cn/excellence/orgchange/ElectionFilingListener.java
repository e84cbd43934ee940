package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept's 备案审查 of the first committee election: accept or return with reasons. */
@Component
class ElectionFilingListener implements TaskListener {

    private final FoundingService service;

    ElectionFilingListener(FoundingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.file(longOf(task, VAR_FOUNDING_ID), task.getVariable(VAR_FILING_DECISION), task.getVariable(VAR_FILING_COMMENT));
    }
}
