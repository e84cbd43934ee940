package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The nominating secretary revises the deeds after a return; eligibility is checked again. */
@Component
class ReviseNominationListener implements TaskListener {

    private final NominationService nominations;

    ReviseNominationListener(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void notify(DelegateTask task) {
        nominations.revise(longOf(task, VAR_NOMINATION_ID), task.getVariable(VAR_DEEDS),
                task.getVariable(VAR_NOTES));
    }
}
