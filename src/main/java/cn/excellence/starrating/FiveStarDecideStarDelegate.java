package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.FiveStarProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The spot check has ended: the star is awarded (score at the pass mark, findings rectified) or refused with the reason. */
@Component
class FiveStarDecideStarDelegate implements JavaDelegate {

    private final FiveStarService service;

    FiveStarDecideStarDelegate(FiveStarService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_STAR_AWARDED, service.decide(longOf(execution, VAR_NOMINATION_ID)));
    }
}
