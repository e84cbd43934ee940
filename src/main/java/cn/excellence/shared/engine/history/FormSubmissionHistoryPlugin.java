package cn.excellence.shared.engine.history;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps a submitted form in the history once. At history level {@code full} Camunda writes each value of a form submitted
 * through {@code FormService} (the engine REST's {@code submit-form}, which Tasklist and the workbench use) twice into
 * {@code ACT_HI_DETAIL}: as a variable update — what Cockpit, the workbench's timeline and the audit read — and again as a
 * "form field" detail that nothing in this application or in Camunda's community webapps reads. The second copy is not
 * written: one insert fewer per submitted value. Everything else reaches the database as before (the default handler's
 * place is taken by this one; the starter's Spring history events are another handler and stay).
 */
@Component
class FormSubmissionHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(new WithoutFormFieldCopies());
    }

    /** The engine's database handler, minus the form-field copies of variable updates. */
    static final class WithoutFormFieldCopies extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricFormPropertyEventEntity)) {
                super.handleEvent(event);
            }
        }
    }
}
