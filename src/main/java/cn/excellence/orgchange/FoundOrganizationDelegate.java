package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.VAR_FOUNDING_ID;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Founds the approved organization in the tree (or records the 补录's founding date). */
@Component
class FoundOrganizationDelegate implements JavaDelegate {

    private final FoundingService service;

    FoundOrganizationDelegate(FoundingService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.found(longOf(execution, VAR_FOUNDING_ID));
    }
}
