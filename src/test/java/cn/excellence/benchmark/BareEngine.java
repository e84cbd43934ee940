package cn.excellence.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

import cn.excellence.dutyreview.DutyReviewProcess;
import cn.excellence.support.ProcessTestSupport;

/**
 * A bare Camunda engine in the same JVM running the application's own duty-review models: the standalone configuration,
 * no Spring, no application, authorizations off, history full (as the application), job executor off (the cycle runs
 * its due jobs, as the application's does), Spin for JSON variables (as the application). It deploys
 * {@code bpmn/duty-review-round.bpmn}, {@code duty-report.bpmn}, {@code duty-grade.dmn} and their forms exactly as the
 * application does, and binds every delegate and listener the models name to a stand-in that does no work of its own
 * but writes the same process variables (names and types) the application's does. So the bare cycle is the same shape
 * the application runs: the round with its call activity, the reminder timers, five ratings each continuing after the
 * task, the decision table, the round's close; what the application adds on top is its own work.
 */
final class BareEngine implements AutoCloseable {

    static final List<String> REVIEWERS = List.of("plenary1", "plenary2", "plenary3", "plenary4", "plenary5");
    private static final Path MODELS = Path.of("bpmn");
    private static final String SECRETARY = "secretary-wulashan";

    private final ProcessEngine engine;
    private long nextId = 1;

    BareEngine(String name, DataSource dataSource) {
        StandaloneProcessEngineConfiguration configuration = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
        configuration.setBeans(new HashMap<>(standIns()));
        ((ProcessEngineConfigurationImpl) configuration.setProcessEngineName(name).setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false).setAuthorizationEnabled(false)).setJavaSerializationFormatEnabled(false);
        this.engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare-duty-review");
        try {
            for (String model : List.of("duty-review-round.bpmn", "duty-report.bpmn", "duty-grade.dmn", "duty-review-round-start.form",
                    "duty-report-submit.form", "duty-report-pre-review.form", "duty-report-rate.form", "duty-report-escalation.form",
                    "duty-report-rectification.form")) {
                deployment.addString(model, Files.readString(MODELS.resolve(model)));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        deployment.deploy();
    }

    /** The beans the models name, each writing the variables its application counterpart writes and nothing else. */
    private Map<String, Object> standIns() {
        Map<String, Object> beans = new HashMap<>();
        JavaDelegate nothing = execution -> { };
        TaskListener nobody = task -> { };
        beans.put("dutyReviewRoundStartListener", (ExecutionListener) execution -> {
            execution.setVariable(DutyReviewProcess.VAR_REVIEWERS, String.join(",", REVIEWERS));
            execution.removeVariables(List.of(DutyReviewProcess.VAR_CHOSEN_TOWNSHIPS, DutyReviewProcess.VAR_REVIEWER_SCOPE));
        });
        beans.put("openDutyReviewRoundDelegate", (JavaDelegate) execution -> {
            execution.setVariable(DutyReviewProcess.VAR_ROUND_ID, nextId++);
            execution.setVariable(DutyReviewProcess.VAR_REPORT_IDS, json(List.of(nextId++)));
        });
        beans.put("prepareDutyReportDelegate", (JavaDelegate) execution -> {
            Date now = ClockUtil.getCurrentTime();
            execution.setVariable(DutyReviewProcess.VAR_SECRETARY, SECRETARY);
            execution.setProcessBusinessKey("2026年述职-乌拉山镇-" + nextId++);
            execution.setVariable(DutyReviewProcess.VAR_TOWNSHIP_NAME, "乌拉山镇");
            execution.setVariable(DutyReviewProcess.VAR_REPORT_DUE, days(now, 7));
            execution.setVariable(DutyReviewProcess.VAR_REPORT_REMINDER_AT, days(now, 6));
            execution.setVariable(DutyReviewProcess.VAR_RATING_DUE, days(now, 14));
            execution.setVariable(DutyReviewProcess.VAR_RETURN_REASON, null);
        });
        beans.put("openRatingDelegate", (JavaDelegate) execution -> {
            execution.setVariable(DutyReviewProcess.VAR_PENDING_REVIEWERS, json(REVIEWERS));
            execution.setVariable(DutyReviewProcess.VAR_RATING_REMINDER_AT, days(ClockUtil.getCurrentTime(), 13));
        });
        beans.put("tallyDutyRatingsDelegate", (JavaDelegate) execution -> {
            execution.setVariable(DutyReviewProcess.VAR_VOTES_CAST, REVIEWERS.size());
            execution.setVariable(DutyReviewProcess.VAR_SATISFACTION, 100.0);
        });
        beans.put("recordDutyResultDelegate", (JavaDelegate) execution -> {
            execution.setVariable(DutyReviewProcess.VAR_GRADE_LABEL, "好");
            execution.setVariable(DutyReviewProcess.VAR_RECTIFICATION_DUE, days(ClockUtil.getCurrentTime(), 30));
        });
        beans.put("submitDutyReportListener", (TaskListener) task -> task.setVariable(DutyReviewProcess.VAR_RETURN_REASON, null));
        beans.put("preReviewDutyReportListener", (TaskListener) task -> task.setVariable(DutyReviewProcess.VAR_RETURN_REASON, null));
        beans.put("returnedSubmissionListener", (TaskListener) BareEngine::leaveChanges);
        beans.put("submissionChangesListener", (TaskListener) task -> {
            Object summary = task.getExecution().getVariable("submissionChanges");
            task.setVariableLocal("submissionChanges", summary == null ? "首次提交" : summary);
            task.getExecution().removeVariable("submissionChanges");
        });
        for (String bean : List.of("closeDutyReviewRoundDelegate", "recordReminderDelegate", "checkRatingQuorumDelegate", "reopenRatingDelegate")) {
            beans.put(bean, nothing);
        }
        for (String bean : List.of("markReturnedReportListener", "rateDutyReportListener", "ratingEscalationListener", "rectificationPlanListener")) {
            beans.put(bean, nobody);
        }
        return beans;
    }

    /** As the application's ReturnedSubmissionListener on a first submission: the summary, no previous values. */
    private static void leaveChanges(org.camunda.bpm.engine.delegate.DelegateTask task) {
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.getExecution().setVariable("submissionChanges", "首次提交");
            for (String field : List.of(DutyReviewProcess.VAR_THEME, DutyReviewProcess.VAR_ACHIEVEMENTS, DutyReviewProcess.VAR_PROBLEMS,
                    DutyReviewProcess.VAR_NEXT_PLANS)) {
                task.getExecution().removeVariable("previous" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
            }
        }
    }

    /** One cycle, as the people do it: org-dept starts a round, the secretary submits, org-dept pre-reviews, five members rate; the jobs run. */
    void cycle() {
        String round = engine.getRuntimeService().startProcessInstanceByKey(DutyReviewProcess.ROUND_PROCESS, AppCycles.roundStartVariables())
                .getId();
        TaskService tasks = engine.getTaskService();
        String submit = tasks.createTaskQuery().taskAssignee(SECRETARY).taskDefinitionKey(DutyReviewProcess.TASK_SUBMIT_REPORT).singleResult()
                .getId();
        String instance = tasks.createTaskQuery().taskId(submit).singleResult().getProcessInstanceId();
        tasks.complete(submit, AppCycles.SUBMISSION);
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(DutyReviewProcess.TASK_PRE_REVIEW).singleResult()
                .getId(), AppCycles.ACCEPTANCE);
        for (String reviewer : REVIEWERS) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskAssignee(reviewer).singleResult().getId(), AppCycles.RATING);
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(round).finished().count() != 1) {
            throw new IllegalStateException("the bare round did not close: " + round);
        }
    }

    /** The variables one cycle left in history (the round's and its report's), to compare with the application's. */
    long variablesOfLastCycle() {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(lastReport()).count()
                + engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(lastRound()).count();
    }

    private String lastRound() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(DutyReviewProcess.ROUND_PROCESS)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getId();
    }

    private String lastReport() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(lastRound()).singleResult().getId();
    }

    private static Object json(Object value) {
        return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    private static Date days(Date from, int days) {
        return new Date(from.getTime() + Duration.ofDays(days).toMillis());
    }

    @Override
    public void close() {
        engine.close();
    }
}
