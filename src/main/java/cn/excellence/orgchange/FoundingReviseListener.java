package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The applicant revises a returned application; org-dept's next review opens without the earlier decision. */
@Component
class FoundingReviseListener implements TaskListener {

    private final FoundingService service;

    FoundingReviseListener(FoundingService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.revise(longOf(task, VAR_FOUNDING_ID), task.getVariable(VAR_REASON));
        task.setVariable(VAR_DECISION, null);
        task.setVariable(VAR_COMMENT, null);
    }
}
