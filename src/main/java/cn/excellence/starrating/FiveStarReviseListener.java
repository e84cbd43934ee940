package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.FiveStarProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The nominator revises a returned nomination; org-dept's next review opens without the earlier decision. */
@Component
class FiveStarReviseListener implements TaskListener {

    private final FiveStarService service;

    FiveStarReviseListener(FiveStarService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.revise(longOf(task, VAR_NOMINATION_ID), task.getVariable(VAR_REASONS));
        task.setVariable(VAR_DECISION, null);
        task.setVariable(VAR_COMMENT, null);
    }
}
