package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.web.ApiException;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;

/** The source's 七一 commendations replayed: quotas, selection, approval, 公示 with objections, honours. */
@SpringBootTest(properties = "excellence.calendar.holidays=2026-07-01")
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
@TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=" + NOMINATION_PROCESS)
@RecordApplicationEvents
class CommendationCampaignProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignService campaigns;
    @Autowired
    NominationService nominations;
    @Autowired
    ObjectionService objections;
    @Autowired
    HonourService honours;
    @Autowired
    PublicNoticeController publicNotices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    CommendationTestSupport flow;

    @BeforeEach
    void setUp() {
        init(engine);
        flow = new CommendationTestSupport(engine, campaigns, nominations, jdbc);
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-06-19T09:00:00+08:00").toInstant()));
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void theSourcesCampaignIsNominatedSelectedNoticedObjectedAndCommended() throws IOException {
        long campaignId = flow.openSourceCampaign();
        ProcessInstance campaign = flow.campaignProcess(campaignId);
        assertThat(campaign).isWaitingAt(NOMINATION_DEADLINE);
        assertThat(campaigns.campaign(campaignId).categories()).extracting(Campaign.Category::quota).containsExactly(3, 9, 2, 9, 9);

        Map<String, Long> nominated = new java.util.LinkedHashMap<>();
        for (String township : List.of("wulashan", "xinan", "mingan", "dashetai")) {
            nominated.put(township, flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_TOWNSHIP", township));
        }
        for (String enterprise : List.of("linhai-chem", "wulashan-fert", "non-public-b01")) {
            nominated.put(enterprise, flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "COOPERATIVE_PARTY_ORG", enterprise));
        }
        long secretary = flow.memberWithPosition("VILLAGE_SECRETARY", "/banner/mingan/");
        nominated.put("village-secretary", flow.nominateMember(CommendationTestSupport.ORG_DEPT, campaignId, "EXCELLENT_VILLAGE_SECRETARY", secretary));
        nominated.values().forEach(flow::approveAtOrgDept);

        long sanhu = flow.nominateOrganization(CommendationTestSupport.SANHU, campaignId, "WUHAO_VILLAGE", "wulashan-sanhu");
        assertThat(flow.task(String.valueOf(sanhu), TASK_TOWNSHIP_REVIEW).getAssignee()).isEqualTo("secretary-wulashan");
        flow.complete(flow.task(String.valueOf(sanhu), TASK_TOWNSHIP_REVIEW), VAR_REVIEW_DECISION, "APPROVE");
        flow.approveAtOrgDept(sanhu);
        nominated.put("wulashan-sanhu", sanhu);

        long wrongType = flow.nominateOrganization(CommendationTestSupport.GONGTIAN, campaignId, "EXCELLENT_VILLAGE_SECRETARY",
                "xixiaozhao-gongtian");
        assertThat(flow.status(wrongType)).isEqualTo(NominationStatus.INELIGIBLE);
        assertThat(nominations.nomination(wrongType).ineligibleReasons()).contains("类别", "不符");
        assertThat(flow.nominationProcess(wrongType)).isNull();

        ProcessTestSupport.moveClock(Duration.ofDays(10).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(campaign).isWaitingAt(TASK_SELECT_NOMINEES).task().hasCandidateGroup("org-dept");
        assertThat(campaigns.selectionOptions(campaignId)).hasSize(9);

        String tooMany = ids(nominated, "wulashan", "xinan", "mingan", "dashetai");
        assertThatThrownBy(() -> flow.complete(flow.task(String.valueOf(campaignId), TASK_SELECT_NOMINEES), VAR_SELECTED, tooMany))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("名额为 3 名，已选 4 名");
        String tooManyCooperatives = ids(nominated, "linhai-chem", "wulashan-fert", "non-public-b01");
        assertThatThrownBy(() -> flow.complete(flow.task(String.valueOf(campaignId), TASK_SELECT_NOMINEES), VAR_SELECTED, tooManyCooperatives))
                .rootCause().hasMessageContaining("名额为 2 名，已选 3 名");
        String selection = ids(nominated, "wulashan", "xinan", "dashetai", "linhai-chem", "wulashan-fert", "wulashan-sanhu", "village-secretary");
        flow.complete(flow.task(String.valueOf(campaignId), TASK_SELECT_NOMINEES), VAR_SELECTED, selection);
        flow.complete(flow.task(String.valueOf(campaignId), TASK_APPROVE_LIST), VAR_APPROVAL_DECISION, "SEND_BACK", VAR_SEND_BACK_REASON, "请再核实企业党组织名单。");
        assertThat(campaign).isWaitingAt(TASK_SELECT_NOMINEES);
        assertThat(campaigns.campaign(campaignId).sendBackReason()).isEqualTo("请再核实企业党组织名单。");
        flow.complete(flow.task(String.valueOf(campaignId), TASK_SELECT_NOMINEES), VAR_SELECTED, selection);
        flow.complete(flow.task(String.valueOf(campaignId), TASK_APPROVE_LIST), VAR_APPROVAL_DECISION, "APPROVE");

        assertThat(campaign).hasPassed(PUBLISH_NOTICE).isWaitingAt(NOTICE_PERIOD_ENDS);
        Campaign noticed = campaigns.campaign(campaignId);
        assertThat(noticed.noticeEndsAt()).as("Mon 29 Jun + 5 working days, 1 Jul a holiday")
                .isEqualTo(OffsetDateTime.parse("2026-07-07T23:59:59+08:00").toInstant());
        assertThat(flow.status(nominated.get("mingan"))).isEqualTo(NominationStatus.NOT_SELECTED);
        assertThat(publicNotices.notice(campaignId).entries()).hasSize(7);

        long upheld = objections.file(campaignId, nominated.get("xinan"), "该党委班子成员存在违反工作纪律问题。", "13800000000", "10.0.0.1");
        long dismissed = objections.file(campaignId, nominated.get("linhai-chem"), "<script>alert(1)</script>反映材料不实", null, "10.0.0.2");
        assertThatThrownBy(() -> objections.file(campaignId, nominated.get("mingan"), "未入选也要反映一下情况。", null, "10.0.0.3"))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("不在本次公示名单中");
        assertThat(jdbc.sql("select reason from objection where id = ?").param(dismissed).query(String.class).single())
                .isEqualTo("<script>alert(1)</script>反映材料不实");

        flow.complete(flow.task(String.valueOf(upheld), TASK_VERIFY_OBJECTION), VAR_VERDICT, "UPHELD", VAR_VERDICT_NOTE, "经核实，反映问题属实。");
        assertThat(flow.status(nominated.get("xinan"))).isEqualTo(NominationStatus.WITHDRAWN);

        ProcessTestSupport.moveClock(Duration.ofDays(9));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(campaign).as("an objection is still open").isWaitingAt(RECHECK_OBJECTIONS);
        assertThatThrownBy(() -> objections.file(campaignId, nominated.get("wulashan"), "公示结束后才看到，补充反映。", null, "10.0.0.4"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));

        flow.complete(flow.task(String.valueOf(dismissed), TASK_VERIFY_OBJECTION), VAR_VERDICT, "DISMISSED", VAR_VERDICT_NOTE, "经核实，反映问题不属实。");
        ProcessTestSupport.moveClock(Duration.ofHours(1).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        assertThat(campaign).isEnded().hasPassed(ISSUE_COMMENDATIONS, CAMPAIGN_CLOSED);
        List<Honour> roll = honours.honours(2010);
        assertThat(roll).extracting(Honour::recipientName).hasSize(6).doesNotContain("新安镇党委", "明安镇党委")
                .contains("乌拉山镇党委", "大佘太镇党委", "临海化工公司党委", "乌拉山化肥公司党委", "乌拉山镇三湖村党支部");
        assertThat(roll).filteredOn(h -> h.awardYuan() != null).singleElement()
                .satisfies(h -> assertThat(h.awardYuan()).isEqualByComparingTo("4000.00"));
        Honour awarded = roll.stream().filter(h -> h.awardYuan() != null).findFirst().orElseThrow();
        assertThat(events.stream(HonourAwarded.class)).as("the award is announced for the fund")
                .containsExactly(new HonourAwarded(awarded.id(), campaignId, 400_000L));
        assertThat(jdbc.sql("select honour_id, amount_fen, status from fund_award_payable").query().listOfRows())
                .as("the assistance fund recorded what it owes").singleElement()
                .satisfies(p -> assertThat(p).containsEntry("honour_id", awarded.id()).containsEntry("amount_fen", 400_000L)
                        .containsEntry("status", "PAYABLE"));
        assertThat(flow.nominationProcess(nominated.get("wulashan"))).isNull();
        assertThat(flow.status(nominated.get("wulashan"))).isEqualTo(NominationStatus.COMMENDED);

        for (Honour honour : roll) {
            try (PDDocument pdf = Loader.loadPDF(honours.certificate(honour.id()))) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains(honour.recipientName(), honour.categoryName());
            }
        }
    }

    private static String ids(Map<String, Long> nominated, String... names) {
        return java.util.Arrays.stream(names).map(n -> "\"" + nominated.get(n) + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
