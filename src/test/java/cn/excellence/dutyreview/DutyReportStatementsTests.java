package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.StatementLog;

/**
 * What one task completion costs the application beyond the engine, counted statement by statement as the secretary
 * submits a report (with the engine's authorizations on): the form's rules come from the deployed form, whose text is
 * read once per deployment, not on every completion; the notice to org-dept about the pre-review (a group) takes one
 * insert in the outbox (the task is being created, so the outbox is not asked what it has), however many members the group has.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(StatementLog.class)
@DirtiesContext
class DutyReportStatementsTests {

    static final String SECRETARY = "secretary-wulashan";

    @Autowired
    ProcessEngine engine;
    @Autowired
    DutyReviewService rounds;
    @Autowired
    DutyReviewRepository repository;
    @Autowired
    StatementLog statements;

    @Test
    void aSubmissionReadsItsFormOncePerDeploymentAndTellsOrgDeptInOneStatement() {
        DutyReviewTestSupport flow = new DutyReviewTestSupport(engine, rounds, repository);
        ProcessInstance first = flow.reportProcess(flow.openRound(List.of("wulashan"), DutyReviewTestSupport.FIVE_REVIEWERS), "wulashan");
        ProcessInstance second = flow.reportProcess(flow.openRound(List.of("wulashan"), DutyReviewTestSupport.FIVE_REVIEWERS), "wulashan");
        submitAsSecretary(flow.task(first, TASK_SUBMIT_REPORT, null));

        List<String> sent = submitAsSecretary(flow.task(second, TASK_SUBMIT_REPORT, null));

        assertThat(flow.task(second, TASK_PRE_REVIEW, null)).as("the submission went through").isNotNull();
        assertThat(sent).as("the deployed form's text, read again").noneMatch(sql -> sql.contains("from ACT_GE_BYTEARRAY where DEPLOYMENT_ID_"));
        assertThat(sent.stream().filter(sql -> sql.contains("ACT_RE_CAMFORMDEF"))).as("the form's binding resolved").hasSizeLessThanOrEqualTo(2);
        assertThat(sent.stream().filter(sql -> sql.contains("notification_outbox"))).as("the outbox for org-dept's notice: the task is"
                + " being created, so its rows are inserted without asking which it has").hasSize(1).allMatch(sql -> sql.startsWith("insert"));
        assertThat(sent).as("the candidate group org-dept looked up as a user").noneMatch(sql -> sql.contains("from ACT_ID_USER RES WHERE RES.ID_ = ?"));
    }

    /**
     * A form submitted as Tasklist submits it (the engine REST's {@code submit-form} calls {@code FormService}) is kept in
     * the history once, as variable updates: the engine's second copy of each value as a "form field" is not written.
     */
    @Test
    void aSubmittedFormIsKeptInTheHistoryOnceAsVariableUpdates() {
        DutyReviewTestSupport flow = new DutyReviewTestSupport(engine, rounds, repository);
        ProcessInstance report = flow.reportProcess(flow.openRound(List.of("wulashan"), DutyReviewTestSupport.FIVE_REVIEWERS), "wulashan");
        Task task = flow.task(report, TASK_SUBMIT_REPORT, null);

        List<String> sent = asSecretary(() -> statements.during(() -> engine.getFormService().submitTaskForm(task.getId(), REPORT)));

        assertThat(flow.task(report, TASK_PRE_REVIEW, null)).as("the submission went through").isNotNull();
        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricDetailQuery().processInstanceId(report.getId()).formFields().count()).as("form-field copies")
                .isZero();
        List<String> updated = history.createHistoricDetailQuery().processInstanceId(report.getId()).variableUpdates().list().stream()
                .map(detail -> ((HistoricVariableUpdate) detail).getVariableName()).toList();
        assertThat(updated).as("the submitted values, each a variable update").containsAll(REPORT.keySet());
        assertThat(sent).as("nothing written as a form field").noneMatch(sql -> sql.contains("'FormProperty'"));
    }

    /** A round's reviewers are checked against the users in one query, however many there are. */
    @Test
    void aRoundsFiveReviewersAreCheckedInOneQuery() {
        DutyReviewTestSupport flow = new DutyReviewTestSupport(engine, rounds, repository);

        List<String> sent = statements.during(() -> flow.openRound(List.of("wulashan"), DutyReviewTestSupport.FIVE_REVIEWERS));

        assertThat(sent).as("a look-up of one user").noneMatch(sql -> sql.contains("from ACT_ID_USER RES WHERE RES.ID_ = ?"));
        assertThat(sent.stream().filter(sql -> sql.contains("from ACT_ID_USER RES WHERE RES.ID_ in ( ? , ? , ? , ? , ? )")))
                .as("the five reviewers looked up together").hasSize(1);
    }

    private static final Map<String, Object> REPORT = Map.of(VAR_THEME, "服务科学发展、服务基层群众",
            VAR_ACHIEVEMENTS, "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。", VAR_PROBLEMS, "部分嘎查村党组织活动载体单一。",
            VAR_NEXT_PLANS, "深化星级评比、岗位竞赛。");

    private List<String> submitAsSecretary(Task task) {
        return asSecretary(() -> statements.during(() -> engine.getTaskService().complete(task.getId(), REPORT)));
    }

    private <T> T asSecretary(Supplier<T> work) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(SECRETARY).list().stream().map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(SECRETARY, groups);
        try {
            return work.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
