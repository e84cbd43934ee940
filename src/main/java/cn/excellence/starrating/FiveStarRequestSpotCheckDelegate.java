package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.FiveStarProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The accepted nomination gets its verifying spot check (五星级支部核验), run next as supervision's SpotCheck. */
@Component
class FiveStarRequestSpotCheckDelegate implements JavaDelegate {

    private final FiveStarService service;

    FiveStarRequestSpotCheckDelegate(FiveStarService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_SPOT_CHECK_ID, service.requestVerification(longOf(execution, VAR_NOMINATION_ID)));
    }
}
