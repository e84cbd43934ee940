package cn.excellence.themes;

import static cn.excellence.themes.ThemeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.context.annotation.Import;

import cn.excellence.shared.Reminders;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.web.ApiException;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.themes.ThemeViews.Coverage;
import cn.excellence.themes.ThemeViews.Totals;

/**
 * 活动主题和载体 replayed from the source: org-dept opens 2010, every one of the 548 organizations registers its theme
 * and carrier as its real secretary account, the reviewers approve, and coverage goes from 0 to 100.0% — 乌拉山镇 complete
 * first while the others are not. Then a return and re-submission, the reminder and late marking on a moved clock,
 * isolation of a village secretary and refused input. Moving the clock lets the monthly supervision timer fire too: that
 * process is not this class's.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
@TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=SupervisionCycle")
class ThemeProcessTests {

    static final String WULASHAN_THEME = "筑坚强堡垒、树先锋形象、促科学发展、保社会和谐";
    static final String WULASHAN_CARRIER = "六项民心工程";
    static final String XINAN_THEME = "打基础、强堡垒，尽职责、做模范，聚合力、促发展";
    static final String XINAN_CARRIER = "双强型/双带型";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ThemeRegistrations registrations;
    @Autowired
    ThemeService themes;
    @Autowired
    ThemeCoverage coverage;
    @Autowired
    Reminders reminders;

    ThemeFlow flow;

    @BeforeEach
    void setUp() {
        init(engine);
        flow = new ThemeFlow(engine, registrations, themes);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    Coverage coverage(String userId, int year, String township) {
        return flow.as(userId, () -> coverage.of(flow.user(userId), year, township, null));
    }

    @Test
    void everyOrganizationOfTheBannerRegistersItsThemeAndCoverageReachesAHundredPercent() {
        ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(flow.open(2010, 30)).singleResult();
        assertThat(campaign).isWaitingAt(AWAIT_FULL_COVERAGE);
        List<ThemeRegistration> all = flow.all(2010);
        assertThat(all).hasSize(548).allSatisfy(r -> assertThat(r.status()).isEqualTo(ThemeStatus.UNREGISTERED));
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(REGISTRATION_PROCESS).taskDefinitionKey(TASK_REGISTER).count())
                .isEqualTo(548);
        assertThat(registration(all, "wulashan-sanhu").secretary()).isEqualTo("secretary-sanhu");
        assertThat(registration(all, "wulashan-sanhu").reviewer()).isEqualTo("secretary-wulashan");
        assertThat(registration(all, "wulashan-b01").secretary()).as("a branch without an account: its township's secretary").isEqualTo("secretary-wulashan");
        assertThat(registration(all, "wulashan").reviewer()).as("a Party committee itself: org-dept reviews").isNull();
        assertThat(registration(all, "xixiaozhao-gongtian-b01").secretary()).isEqualTo("secretary-gongtian");
        assertThat(registration(all, "xixiaozhao-gongtian-b01").reviewer()).isEqualTo("secretary-gongtian");

        Coverage start = coverage("orgdept", 2010, null);
        assertThat(start.total()).isEqualTo(new Totals("all", "合计", 548, 0, 0, new BigDecimal("0.0")));
        assertThat(start.uncovered()).hasSize(548);

        List<ThemeRegistration> wulashan = all.stream().filter(r -> "wulashan".equals(r.townshipCode())).toList();
        wulashan.forEach(r -> registerAndApprove(r, WULASHAN_THEME, WULASHAN_CARRIER));
        Coverage midway = coverage("orgdept", 2010, null);
        Totals wulashanTotals = township(midway, "wulashan");
        assertThat(wulashanTotals.organizations()).isEqualTo(wulashan.size());
        assertThat(wulashanTotals.approved()).isEqualTo(wulashan.size());
        assertThat(wulashanTotals.percent()).isEqualByComparingTo("100.0");
        assertThat(township(midway, "xinan").percent()).isEqualByComparingTo("0.0");
        assertThat(midway.total().approved()).isEqualTo(wulashan.size());
        assertThat(midway.total().percent()).isEqualByComparingTo(BigDecimal.valueOf(wulashan.size() * 100.0 / 548).setScale(1, java.math.RoundingMode.HALF_UP));
        assertThat(midway.uncovered()).hasSize(548 - wulashan.size()).noneMatch(u -> "wulashan".equals(u.townshipCode()));
        assertThat(coverage("secretary-wulashan", 2010, "wulashan").total().percent()).isEqualByComparingTo("100.0");

        List<ThemeRegistration> rest = all.stream().filter(r -> !"wulashan".equals(r.townshipCode())).toList();
        rest.forEach(r -> registerAndApprove(r, "xinan".equals(r.townshipCode()) ? XINAN_THEME : r.organizationName() + "创先争优",
                "xinan".equals(r.townshipCode()) ? XINAN_CARRIER : "党员先锋岗"));

        Coverage end = coverage("orgdept", 2010, null);
        assertThat(end.total()).isEqualTo(new Totals("all", "合计", 548, 548, 548, new BigDecimal("100.0")));
        assertThat(end.townships()).hasSize(9).allSatisfy(t -> assertThat(t.percent()).isEqualByComparingTo("100.0"));
        assertThat(end.sectors()).allSatisfy(t -> assertThat(t.percent()).isEqualByComparingTo("100.0"));
        assertThat(end.uncovered()).isEmpty();
        assertThat(campaign).hasPassed(COMPLETE_YEAR).isEnded();
        assertThat(themes.year(2010).completed()).isTrue();
        assertThat(flow.all(2010).stream().filter(r -> "xinan".equals(r.organizationCode())).findFirst().orElseThrow().carrier())
                .isEqualTo(XINAN_CARRIER);

        refused(() -> flow.register("secretary-sanhu", 2010, "wulashan-sanhu", "新主题", "新载体", null), ApiException.class, "已经结束");
    }

    private void registerAndApprove(ThemeRegistration r, String theme, String carrier) {
        flow.register(ThemeFlow.secretaryOf(r), r.year(), r.organizationCode(), theme, carrier, null);
        flow.review(ThemeFlow.reviewerOf(r), r.id(), "APPROVE", null);
    }

    /** The refusal the call ends in, however the engine wrapped it: its type and Chinese message. */
    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Class<? extends RuntimeException> type, String message) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).as("refused").isNotNull();
        while (!type.isInstance(thrown) && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        assertThat(thrown).isInstanceOf(type).hasMessageContaining(message);
    }

    static ThemeRegistration registration(List<ThemeRegistration> all, String code) {
        return all.stream().filter(r -> r.organizationCode().equals(code)).findFirst().orElseThrow();
    }

    static Totals township(Coverage coverage, String code) {
        return coverage.townships().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aReturnedThemeIsRevisedTheLateAreRemindedAndMarked() {
        String campaignId = flow.open(2011, 10);
        ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaignId).singleResult();
        ThemeRegistration sanhu = registration(flow.all(2011), "wulashan-sanhu");

        flow.register("secretary-sanhu", 2011, "wulashan-sanhu", WULASHAN_THEME, "民心工程", "修路、打井");
        refused(() -> flow.review("secretary-wulashan", sanhu.id(), "RETURN", "  "), TaskInputException.class, "理由");
        flow.review("secretary-wulashan", sanhu.id(), "RETURN", "载体请写全称：六项民心工程。");
        ThemeRegistration returned = themes.registration(sanhu.id());
        assertThat(returned.status()).isEqualTo(ThemeStatus.RETURNED);
        assertThat(returned.reviewNote()).contains("六项民心工程");
        ProcessInstance registration = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(REGISTRATION_PROCESS)
                .variableValueEquals(VAR_REGISTRATION_ID, sanhu.id()).singleResult();
        assertThat(registration).hasPassed(TASK_REVIEW).isWaitingAt(TASK_REGISTER);

        ProcessTestSupport.moveClock(Duration.ofDays(8));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(campaign).hasPassed(REMIND_UNREGISTERED).isWaitingAt(AWAIT_FULL_COVERAGE);
        assertThat(reminders.recorded(campaignId)).contains(ThemeReminders.KIND + ":secretary-sanhu", ThemeReminders.KIND + ":secretary-wulashan",
                ThemeReminders.KIND + ":secretary-xinan").doesNotHaveDuplicates();

        flow.register("secretary-sanhu", 2011, "wulashan-sanhu", WULASHAN_THEME, WULASHAN_CARRIER, "修路、打井");
        assertThat(themes.registration(sanhu.id()).late()).isFalse();
        ProcessTestSupport.moveClock(Duration.ofDays(3));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(campaign).hasPassed(MARK_LATE).isWaitingAt(AWAIT_FULL_COVERAGE);
        List<ThemeRegistration> after = flow.all(2011);
        assertThat(registration(after, "wulashan-sanhu").late()).as("registered in time").isFalse();
        assertThat(after.stream().filter(ThemeRegistration::late)).hasSize(547);
        assertThat(coverage("orgdept", 2011, null).uncovered()).filteredOn(ThemeViews.Uncovered::late).hasSize(547);

        flow.review("secretary-wulashan", sanhu.id(), "APPROVE", null);
        assertThat(registration).hasPassed(THEME_APPROVED).isEnded();
        ThemeRegistration approved = themes.registration(sanhu.id());
        assertThat(approved.status()).isEqualTo(ThemeStatus.APPROVED);
        assertThat(approved.carrier()).isEqualTo(WULASHAN_CARRIER);
        ThemeRegistration xinan = registration(after, "xinan");
        flow.register("secretary-xinan", 2011, "xinan", XINAN_THEME, XINAN_CARRIER, null);
        assertThat(themes.registration(xinan.id()).late()).as("registered after the deadline").isTrue();
        Task review = flow.reviewTask("orgdept", xinan.id());
        assertThat(review).as("a township committee's own theme is reviewed by org-dept").isNotNull();
        assertThat(flow.reviewTask("secretary-xinan", xinan.id())).isNull();
    }

    @Test
    void aVillageSecretarySeesOnlyItsOwnAndBadInputIsRefusedWithNothingSaved() {
        flow.open(2012, 20);
        refused(() -> flow.open(2012, 20), ApiException.class, "不能重复开展");
        refused(() -> flow.as("secretary-sanhu", () -> themes.start(new ThemeService.OpenRequest(2013, java.time.Instant.now()
                .plus(Duration.ofDays(5))), flow.user("secretary-sanhu"))), ApiException.class, "组织部");
        refused(() -> flow.open(1999, 20), TaskInputException.class, "年度");
        refused(() -> flow.open(2014, -1), TaskInputException.class, "今天之后");
        assertThat(themes.years()).extracting(ThemeYear::year).contains(2012).doesNotContain(1999, 2013, 2014);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CAMPAIGN_PROCESS)
                .processInstanceBusinessKey(ThemeService.businessKey(2012)).count()).isEqualTo(1);

        List<ThemeRegistration> own = flow.as("secretary-sanhu", () -> registrations.visible(flow.user("secretary-sanhu"), 2012));
        assertThat(own).extracting(ThemeRegistration::organizationCode).containsExactly("wulashan-sanhu");
        assertThat(coverage("secretary-sanhu", 2012, null).total().organizations()).isEqualTo(1);
        refused(() -> flow.register("secretary-sanhu", 2012, "wulashan-v02", "主题", "载体", null), ApiException.class, "无权查看");
        refused(() -> coverage("secretary-sanhu", 2012, "xinan"), ApiException.class, "无权查看");
        refused(() -> flow.register("secretary-sanhu", 2099, "wulashan-sanhu", "主题", "载体", null), ApiException.class, "没有 2099 年度");

        refused(() -> flow.register("secretary-sanhu", 2012, "wulashan-sanhu", null, "载体", null), TaskInputException.class, "活动主题");
        refused(() -> flow.register("secretary-sanhu", 2012, "wulashan-sanhu", "主".repeat(101), "载体", null), TaskInputException.class, "活动主题");
        refused(() -> flow.register("secretary-sanhu", 2012, "wulashan-sanhu", "主题", "载\u0000体", null), TaskInputException.class, "控制字符");
        refused(() -> flow.register("secretary-sanhu", 2012, "wulashan-sanhu", "主题", "载体", "举".repeat(1001)), TaskInputException.class, "主要举措");
        ThemeRegistration untouched = registration(flow.all(2012), "wulashan-sanhu");
        assertThat(untouched.status()).isEqualTo(ThemeStatus.UNREGISTERED);
        assertThat(untouched.theme()).isNull();
        Task open = engine.getTaskService().createTaskQuery().processDefinitionKey(REGISTRATION_PROCESS).taskDefinitionKey(TASK_REGISTER)
                .processVariableValueEquals(VAR_REGISTRATION_ID, untouched.id()).singleResult();
        assertThat(open.getAssignee()).as("the claim rolled back with the refusal").isNull();

        refused(() -> flow.register("secretary-xinan", 2012, "wulashan-sanhu", "主题", "载体", null), ApiException.class, "无权查看");
        flow.register("secretary-sanhu", 2012, "wulashan-sanhu", WULASHAN_THEME, WULASHAN_CARRIER, null);
        refused(() -> flow.register("secretary-sanhu", 2012, "wulashan-sanhu", WULASHAN_THEME, WULASHAN_CARRIER, null), ApiException.class, "正在审核");
        refused(() -> flow.review("secretary-wulashan", untouched.id(), "MAYBE", null), TaskInputException.class, "审核结论");
        assertThat(themes.registration(untouched.id()).status()).isEqualTo(ThemeStatus.SUBMITTED);
    }
}
