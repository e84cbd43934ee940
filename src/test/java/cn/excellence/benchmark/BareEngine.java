package cn.excellence.benchmark;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A bare Camunda engine in the same JVM: the standalone configuration, no Spring, no application, authorizations off,
 * history full (as the application), job executor off (the cycle runs its due jobs, as the application's does). It runs
 * the duty report's shape: start, submit, pre-review, five parallel ratings (each continuing asynchronously after the
 * task, as the application's do), tally.
 */
final class BareEngine implements AutoCloseable {

    static final String PROCESS = "BareDutyReport";
    static final List<String> REVIEWERS = List.of("plenary1", "plenary2", "plenary3", "plenary4", "plenary5");

    private final ProcessEngine engine;

    BareEngine(String name, DataSource dataSource) {
        this.engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setAuthorizationEnabled(false)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("bare-duty-report.bpmn", model()).deploy();
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1825)
                .startEvent("StartEvent_ReportRequested")
                .userTask("Task_SubmitDutyReport").camundaAssignee("${secretary}")
                .userTask("Task_PreReview").camundaCandidateGroups("org-dept")
                .exclusiveGateway("Gateway_ReportAccepted")
                .condition("通过", "${preReviewDecision == 'ACCEPT'}")
                .userTask("Task_RateReport").camundaAssignee("${reviewer}").camundaAsyncAfter()
                .multiInstance().camundaCollection("${reviewers}").camundaElementVariable("reviewer").multiInstanceDone()
                .serviceTask("ServiceTask_TallyRatings").camundaExpression("${execution.setVariable('grade', 'GOOD')}")
                .endEvent("EndEvent_ReportRated")
                .moveToNode("Gateway_ReportAccepted").condition("退回", "${preReviewDecision == 'RETURN'}")
                .connectTo("Task_SubmitDutyReport")
                .done();
    }

    /** One cycle, as the people do it: start, the secretary submits, org-dept pre-reviews, five members rate; then the tally. */
    void cycle() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
                Map.of("secretary", "secretary-wulashan", "reviewers", REVIEWERS)).getId();
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().taskAssignee("secretary-wulashan").taskDefinitionKey("Task_SubmitDutyReport")
                .singleResult().getId(), AppCycles.SUBMISSION);
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_PreReview").singleResult().getId(),
                AppCycles.ACCEPTANCE);
        for (String reviewer : REVIEWERS) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskAssignee(reviewer).singleResult().getId(),
                    AppCycles.RATING);
        }
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
        if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() != 1) {
            throw new IllegalStateException("the bare cycle did not reach its tally: " + instance);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
