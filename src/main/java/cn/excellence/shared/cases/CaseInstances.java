package cn.excellence.shared.cases;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.WithoutAuthorization;

/**
 * The process instances of records that keep no process instance id: found by the record id variable each instance of
 * the process carries. Read without authorization checks: the caller has already decided which records the user sees.
 */
@Component
public class CaseInstances {

    private final ObjectProvider<ProcessEngine> engine;

    CaseInstances(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    /** Record id → the newest process instance of {@code processKey} whose {@code idVariable} holds it. */
    public Map<Long, String> byRecordId(String processKey, String idVariable) {
        ProcessEngine processEngine = engine.getObject();
        return WithoutAuthorization.read(processEngine, () -> {
            Map<Long, String> instances = new HashMap<>();
            for (HistoricVariableInstance variable : processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                    .processDefinitionKey(processKey).variableName(idVariable).orderByCreationTime().asc().list()) {
                if (variable.getValue() instanceof Number id && variable.getProcessInstanceId() != null) {
                    instances.put(id.longValue(), variable.getProcessInstanceId());
                }
            }
            return instances;
        });
    }
}
