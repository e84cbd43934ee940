package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Org-dept's pre-review of a returned duty report carries the returned value of each changed field and a summary
 * naming them; a first submission says 首次提交; nothing of an earlier cycle is left in the process.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class ReturnedReportChangesTests {

    static final String THEME = "服务科学发展、服务基层群众";
    static final String ACHIEVEMENTS = "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。";
    static final String PROBLEMS = "部分嘎查村党组织活动载体单一，党员参与度不够均衡。";
    static final String NEXT_PLANS = "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    DutyReviewService rounds;
    @Autowired
    DutyReviewRepository repository;

    DutyReviewTestSupport flow;

    @BeforeEach
    void setUp() {
        flow = new DutyReviewTestSupport(engine, rounds, repository);
    }

    @Test
    void theReviewerSeesTheReturnedValueOfEachChangedFieldAndNothingStaleAfterwards() {
        ProcessInstance report = flow.reportProcess(flow.openRound(List.of("xixiaozhao"), DutyReportProcessTests.THREE_REVIEWERS), "xixiaozhao");
        submit(report, ACHIEVEMENTS, PROBLEMS);
        assertThat(changesOnPreReview(report)).containsExactly(entry("submissionChanges", "首次提交"));
        assertThat(changesInProcess(report)).isEmpty();

        flow.preReview(report, DECISION_RETURN, "工作成效请补充具体数据。");
        String prefix = "完成项目 46 个，覆盖 28 个嘎查村。";
        String longer = prefix + "成".repeat(3000 - prefix.length());
        submit(report, longer, "三湖村等 5 个嘎查村党组织活动载体单一。");
        assertThat(changesOnPreReview(report)).containsOnly(entry("submissionChanges", "修改了：工作成效、存在问题"),
                entry("previousAchievements", ACHIEVEMENTS), entry("previousProblems", PROBLEMS));
        assertThat(changesInProcess(report)).as("kept on the reviewer's task only").isEmpty();

        flow.preReview(report, DECISION_RETURN, "存在问题请再具体些。");
        submit(report, longer, PROBLEMS);
        assertThat(changesOnPreReview(report)).as("the previous cycle's values are gone; the 3000-character text is exact")
                .containsOnly(entry("submissionChanges", "修改了：存在问题"), entry("previousProblems", "三湖村等 5 个嘎查村党组织活动载体单一。"));

        flow.preReview(report, DECISION_RETURN, "请再核对一遍。");
        submit(report, longer, PROBLEMS);
        assertThat(changesOnPreReview(report)).containsOnly(entry("submissionChanges", "未作修改：与退回前相同"));

        flow.preReview(report, DECISION_ACCEPT, null);
        assertThat(changesInProcess(report)).as("nothing left once the report is accepted").isEmpty();
        assertThat(flow.reportOf(flow.reportId(report)).achievements()).isEqualTo(longer);
    }

    @Test
    void theSecretarysFormIsNotOfferedThePreviousValues() {
        ProcessInstance report = flow.reportProcess(flow.openRound(List.of("xiaoshetai"), DutyReportProcessTests.THREE_REVIEWERS), "xiaoshetai");
        submit(report, ACHIEVEMENTS, PROBLEMS);
        flow.preReview(report, DECISION_RETURN, "工作成效请补充具体数据。");
        String resubmit = flow.task(report, TASK_SUBMIT_REPORT, null).getId();
        assertThat(taskService.getVariables(resubmit)).as("the secretary's form starts from the returned report")
                .containsEntry(VAR_ACHIEVEMENTS, ACHIEVEMENTS).doesNotContainKeys("submissionChanges", "previousAchievements");
    }

    private void submit(ProcessInstance report, String achievements, String problems) {
        taskService.complete(flow.task(report, TASK_SUBMIT_REPORT, null).getId(), Map.of(VAR_THEME, THEME, VAR_ACHIEVEMENTS, achievements,
                VAR_PROBLEMS, problems, VAR_NEXT_PLANS, NEXT_PLANS));
    }

    private Map<String, Object> changesOnPreReview(ProcessInstance report) {
        return changes(taskService.getVariablesLocal(flow.task(report, TASK_PRE_REVIEW, null).getId()));
    }

    private Map<String, Object> changesInProcess(ProcessInstance report) {
        return changes(engine.getRuntimeService().getVariables(report.getId()));
    }

    private static Map<String, Object> changes(Map<String, Object> variables) {
        return variables.entrySet().stream().filter(e -> e.getKey().equals("submissionChanges") || e.getKey().startsWith("previous"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
