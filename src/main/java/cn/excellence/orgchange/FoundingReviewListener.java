package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept's review of an application: approve or return with reasons. */
@Component
class FoundingReviewListener implements TaskListener {

    private final FoundingService service;

    FoundingReviewListener(FoundingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.review(longOf(task, VAR_FOUNDING_ID), task.getVariable(VAR_DECISION), task.getVariable(VAR_COMMENT));
    }
}
