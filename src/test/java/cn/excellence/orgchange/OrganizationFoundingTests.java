package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.*;
import static cn.excellence.orgchange.OrgChangeTestSupport.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessCoverage;

/**
 * 成立党组织 as its users work it (engine REST as Tasklist posts it, authorizations on): 公田村党委 recorded (补录) as founded
 * on 2010-07-06 with its first committee elected and filed; a new organization founded into the tree; the election rules;
 * isolation and refused input.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
class OrganizationFoundingTests {

    static final String GONGTIAN = "xixiaozhao-gongtian";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    private Http http;
    private OrgChangeTestSupport flow;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        flow = new OrgChangeTestSupport(http, engine, jdbc);
    }

    /** The acceptance point: 公田村党委 founded on 7/6 with its elected committee appearing in the tree. */
    @Test
    void gongtianIsRecordedAsFoundedOnJuly6WithItsFirstCommitteeInTheTree() {
        long id = flow.applied("secretary-xixiaozhao", form(VAR_EXISTING_CODE, GONGTIAN, VAR_REASON, OrgChangeTestSupport.REASON,
                VAR_PROPOSED_ON, "2010-07-06"));
        JsonNode review = http.formVariables("orgdept", flow.task(id, TASK_REVIEW_FOUNDING).getId());
        assertThat(review.path(VAR_NAME).path("value").asText()).isEqualTo("西小召镇公田村党委");
        flow.review(id, "APPROVE", null);

        Map<String, Object> founded = flow.founding("secretary-xixiaozhao", id);
        assertThat(founded).containsEntry("status", "ELECTING").containsEntry("foundedOn", "2010-07-06").containsEntry("organizationCode", GONGTIAN)
                .containsEntry("existing", true);
        assertThat(flow.task(id, TASK_ELECT_FIRST_COMMITTEE).getAssignee()).isEqualTo("secretary-xixiaozhao");
        List<Long> members = flow.membersBelow(GONGTIAN);
        assertThat(members).hasSizeGreaterThan(20);
        String candidates = members.get(0) + " 50 书记\n" + members.get(1) + " 47 副书记\n" + members.get(2) + " 45 委员\n" + members.get(3)
                + " 41 委员\n" + members.get(4) + " 40\n" + members.get(5) + " 12";
        ResponseEntity<JsonNode> elected = flow.elect("secretary-xixiaozhao", id, 20, 52, candidates, "2010-07-06");
        assertThat(elected.getStatusCode().value()).as("more present than entitled: %s", elected.getBody()).isEqualTo(400);
        assertThat(elected.getBody().path("message").asText()).contains("不能多于应到");
        assertThat(flow.elect("secretary-xixiaozhao", id, 60, 52, candidates, "2010-07-06").getStatusCode().value()).isEqualTo(204);
        flow.file(id, "APPROVE", "选举程序合法，同意备案。");

        ResponseEntity<Map<String, Object>> committee = http.get("secretary-gongtian", "/api/orgchange/organizations/" + GONGTIAN + "/committee");
        assertThat(committee.getStatusCode().value()).as(String.valueOf(committee.getBody())).isEqualTo(200);
        assertThat(committee.getBody()).containsEntry("foundedOn", "2010-07-06").containsEntry("electedOn", "2010-07-06")
                .containsEntry("electorsPresent", 52).containsEntry("organizationName", "西小召镇公田村党委");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> committeeMembers = (List<Map<String, Object>>) committee.getBody().get("members");
        assertThat(committeeMembers).extracting(m -> m.get("officeLabel")).containsExactly("书记", "副书记", "委员", "委员", "委员");
        assertThat(committeeMembers.get(0)).containsEntry("memberId", members.get(0).intValue()).containsEntry("votes", 50);
        assertThat(committeeMembers).extracting(m -> ((Number) m.get("memberId")).longValue()).doesNotContain(members.get(5));
        assertThat(flow.founding("orgdept", id)).containsEntry("status", "FILED");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FOUNDING_PROCESS).count()).isZero();
        assertThat(http.getList("secretary-xixiaozhao", "/api/organizations?parent=xixiaozhao").getBody())
                .anySatisfy(o -> assertThat(o).containsEntry("code", GONGTIAN));

        Http.assertRefused(flow.apply("secretary-xixiaozhao", form(VAR_EXISTING_CODE, GONGTIAN, VAR_REASON, OrgChangeTestSupport.REASON,
                VAR_PROPOSED_ON, "2010-07-06")), 409, "已经申请或补录过");
        assertThat(http.get("secretary-wulashan", "/api/orgchange/organizations/" + GONGTIAN + "/committee").getStatusCode().value()).isEqualTo(404);
        assertThat(http.get("secretary-wulashan", "/api/orgchange/foundings/" + id).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aNewOrganizationIsApprovedAfterARevisionFoundedIntoTheTreeAndElectsItsCommittee() {
        List<Long> members = flow.membersBelow("xixiaozhao-v05");
        assertThat(members).hasSizeGreaterThanOrEqualTo(4);
        String ids = members.get(0) + "," + members.get(1) + "," + members.get(2) + "," + members.get(3);
        long id = flow.applied("secretary-xixiaozhao", form(VAR_PARENT_CODE, "xixiaozhao", VAR_NAME, "西小召镇新华村党委", VAR_KIND, "PARTY_COMMITTEE",
                VAR_SECTOR, "VILLAGE", VAR_MEMBER_IDS, ids, VAR_BRANCHES, 2, VAR_REASON, "新华村党员增多，申请成立村党委，下设两个党支部。",
                VAR_PROPOSED_ON, "2026-07-06"));
        long before = flow.organizations();

        Http.assertRefused(http.submitTaskForm("orgdept", flow.task(id, TASK_REVIEW_FOUNDING).getId(), form(VAR_DECISION, "RETURN")), 400, "审批说明");
        flow.review(id, "RETURN", "请说明党员分布和支部划分。");
        var revise = flow.task(id, TASK_REVISE_APPLICATION);
        assertThat(revise.getAssignee()).isEqualTo("secretary-xixiaozhao");
        http.completeTaskForm("secretary-xixiaozhao", revise.getId(), form(VAR_REASON, "新华村党员 4 名转入，按居住片区下设两个党支部。"));
        assertThat(flow.organizations()).as("nothing founded before approval").isEqualTo(before);
        flow.review(id, "APPROVE", null);

        String code = (String) flow.founding("secretary-xixiaozhao", id).get("organizationCode");
        assertThat(code).isEqualTo("xixiaozhao-f" + id);
        assertThat(http.getList("secretary-xixiaozhao", "/api/organizations?parent=xixiaozhao").getBody())
                .anySatisfy(o -> assertThat(o).containsEntry("code", code).containsEntry("name", "西小召镇新华村党委").containsEntry("village", true));
        assertThat(http.getList("secretary-xixiaozhao", "/api/organizations?parent=" + code).getBody()).extracting(o -> o.get("name"))
                .containsExactly("西小召镇新华村第1党支部", "西小召镇新华村第2党支部");
        assertThat(http.get("secretary-xixiaozhao", "/api/organizations/" + code).getBody()).containsEntry("members", 4);

        List<Long> outsider = flow.membersBelow(GONGTIAN);
        String m0 = members.get(0) + " ";
        String m1 = members.get(1) + " ";
        String m2 = members.get(2) + " ";
        Http.assertRefused(flow.elect("secretary-xixiaozhao", id, 4, 2, m0 + "2 书记", "2026-07-06"), 400, "未超过应到 4 人的半数");
        Http.assertRefused(flow.elect("secretary-xixiaozhao", id, 4, 4, m0 + "5 书记", "2026-07-06"), 400, "超过实到选举人 4 人");
        Http.assertRefused(flow.elect("secretary-xixiaozhao", id, 4, 4, outsider.get(0) + " 4 书记", "2026-07-06"), 400, "不是“西小召镇新华村党委”的党员");
        Http.assertRefused(flow.elect("secretary-xixiaozhao", id, 4, 4, m0 + "4 书记\n" + m1 + "2 委员", "2026-07-06"), 400, "未当选");
        Http.assertRefused(flow.elect("secretary-xixiaozhao", id, 4, 4, m0 + "4 委员", "2026-07-06"), 400, "1 名书记");
        Http.assertRefused(flow.elect("secretary-xixiaozhao", id, 9, 8, m0 + "6 书记", "2026-07-06"), 400, "多于");
        Http.assertRefused(flow.elect("secretary-xixiaozhao", id, 4, 4, m0 + "四 书记", "2026-07-06"), 400, "应为整数");
        Http.assertRefused(flow.elect("secretary-xixiaozhao", id, 4, 4, m0 + "4 书记", "2026-07-01"), 400, "不能早于成立日期");
        Http.assertRefused(flow.elect("secretary-xixiaozhao", id, 4, 4, m0 + "4 书记\n" + m0 + "3", "2026-07-06"), 400, "重复");
        assertThat(flow.founding("orgdept", id)).containsEntry("status", "ELECTING");

        assertThat(flow.elect("secretary-xixiaozhao", id, 4, 4, m0 + "4 书记\n" + m1 + "3\n" + m2 + "1", "2026-07-06").getStatusCode().value())
                .isEqualTo(204);
        flow.file(id, "RETURN", "请补充副书记人选。");
        assertThat(flow.task(id, TASK_ELECT_FIRST_COMMITTEE).getAssignee()).isEqualTo("secretary-xixiaozhao");
        assertThat(flow.elect("secretary-xixiaozhao", id, 4, 4, m0 + "4 书记\n" + m1 + "3 副书记\n" + m2 + "1", "2026-07-06")
                .getStatusCode().value()).isEqualTo(204);
        flow.file(id, "APPROVE", null);

        Map<String, Object> committee = http.get("orgdept", "/api/orgchange/organizations/" + code + "/committee").getBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> elected = (List<Map<String, Object>>) committee.get("members");
        assertThat(elected).extracting(m -> m.get("officeLabel")).containsExactly("书记", "副书记");
        assertThat(http.getList("secretary-xixiaozhao", "/api/orgchange/foundings").getBody()).extracting(f -> f.get("status")).contains("FILED");
    }

    @Test
    void aSecretaryCannotApplyOutsideTheirTownshipAndRefusedInputLeavesNothing() {
        long foundings = flow.foundings();
        long organizations = flow.organizations();
        List<Long> members = flow.membersBelow("xixiaozhao-v05");
        String ids = members.get(0) + "," + members.get(1) + "," + members.get(2);
        Http.assertRefused(flow.apply("secretary-xixiaozhao", newOne("wulashan", ids)), 404, "找不到组织");
        Http.assertRefused(flow.apply("secretary-xixiaozhao", form(VAR_EXISTING_CODE, "wulashan-sanhu", VAR_REASON, OrgChangeTestSupport.REASON,
                VAR_PROPOSED_ON, "2010-07-06")), 404, "找不到组织");
        Http.assertRefused(flow.apply("secretary-sanhu", newOne("wulashan-sanhu", ids)), 403, "");

        Map<String, Object> noReason = newOne("xixiaozhao", ids);
        noReason.remove(VAR_REASON);
        Http.assertRefused(flow.apply("secretary-xixiaozhao", noReason), 400, "申请理由");
        Map<String, Object> longReason = newOne("xixiaozhao", ids);
        longReason.putAll(form(VAR_REASON, "长".repeat(2001)));
        Http.assertRefused(flow.apply("secretary-xixiaozhao", longReason), 400, "申请理由");
        Map<String, Object> control = newOne("xixiaozhao", ids);
        control.putAll(form(VAR_REASON, "申请成立新的党组织\u0000以便开展活动。"));
        Http.assertRefused(flow.apply("secretary-xixiaozhao", control), 400, "控制字符");
        Map<String, Object> badDate = newOne("xixiaozhao", ids);
        badDate.putAll(form(VAR_PROPOSED_ON, "七月六日"));
        Http.assertRefused(flow.apply("secretary-xixiaozhao", badDate), 400, "成立日期");
        Map<String, Object> badKind = newOne("xixiaozhao", ids);
        badKind.putAll(form(VAR_KIND, "BANNER_COMMITTEE"));
        Http.assertRefused(flow.apply("secretary-xixiaozhao", badKind), 400, "组织类别");
        Http.assertRefused(flow.apply("secretary-xixiaozhao", newOne("xixiaozhao", "abc")), 400, "党员编号");
        Http.assertRefused(flow.apply("secretary-xixiaozhao", newOne("xixiaozhao", members.get(0) + "," + members.get(1))), 400, "三人以上");
        long stranger = flow.membersBelow("wulashan-sanhu").get(0);
        Http.assertRefused(flow.apply("secretary-xixiaozhao", newOne("xixiaozhao", ids + "," + stranger)), 400, "不能转入");
        Http.assertRefused(flow.apply("secretary-xixiaozhao", newOne("xixiaozhao-gongtian-b01", ids)), 400, "其下不能成立");
        Map<String, Object> branchWithBranches = newOne("xixiaozhao", ids);
        branchWithBranches.putAll(form(VAR_KIND, "BRANCH", VAR_BRANCHES, 2));
        Http.assertRefused(flow.apply("secretary-xixiaozhao", branchWithBranches), 400, "党支部下不能设立党支部");
        Map<String, Object> noParent = newOne("xixiaozhao", ids);
        noParent.remove(VAR_PARENT_CODE);
        Http.assertRefused(flow.apply("secretary-xixiaozhao", noParent), 400, "上级党组织代码");

        assertThat(flow.foundings()).as("nothing half saved").isEqualTo(foundings);
        assertThat(flow.organizations()).isEqualTo(organizations);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FOUNDING_PROCESS).count()).isZero();
        assertThat(http.get("orgdept", "/api/orgchange/foundings/abc").getStatusCode().value()).isEqualTo(400);
        assertThat(http.get("orgdept", "/api/orgchange/foundings/999999").getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map<String, Object>> none = http.get("orgdept", "/api/orgchange/organizations/wulashan-sanhu/committee");
        assertThat(none.getStatusCode().value()).isEqualTo(404);
        assertThat(none.getBody().get("detail").toString()).contains("尚无已备案");
    }

    private static Map<String, Object> newOne(String parent, String ids) {
        return form(VAR_PARENT_CODE, parent, VAR_NAME, "西小召镇东风村党支部", VAR_KIND, "BRANCH", VAR_SECTOR, "VILLAGE", VAR_MEMBER_IDS, ids,
                VAR_REASON, "东风村党员增多，申请单独成立党支部。", VAR_PROPOSED_ON, "2026-07-06");
    }
}
