package cn.excellence.pairing;

import static cn.excellence.pairing.PairingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.organization.Sector;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * The source replayed: 161 Party organizations of organs and enterprises paired with villages (嘎查村), each with its 2010
 * commitments (funds, two projects, one piece of information) and its fulfilment, every record confirmed (or disputed and
 * corrected) by the village's secretary account through the engine; the API answers 161 pairs and the sums from the records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PairingReplayTests {

    static final int YEAR = 2010;
    static final int PAIRS = 161;
    static final CurrentUser ORG_DEPT = new CurrentUser("orgdept", List.of("org-dept"));

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganizationService organizations;
    @Autowired
    PairingService pairing;
    @Autowired
    FulfilmentService fulfilments;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, CurrentUser> users = new java.util.HashMap<>();

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void oneHundredSixtyOnePairsCommitFulfilAndTheVillagesConfirm() {
        List<Organization> helpers = organizations.subtree(organizations.get("banner")).stream()
                .filter(o -> o.sector() == Sector.ORGAN || o.sector() == Sector.ENTERPRISE).limit(PAIRS).toList();
        List<Organization> villages = organizations.subtree(organizations.get("banner")).stream().filter(Organization::village).toList();
        assertThat(helpers).hasSize(PAIRS);
        assertThat(villages).hasSize(93);

        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal confirmed = BigDecimal.ZERO;
        int informationDelivered = 0;
        List<Long> pairIds = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            Organization helper = helpers.get(i);
            Organization village = villages.get(i % villages.size());
            long pair = pairing.pair(ORG_DEPT, helper.code(), village.code(), YEAR).id();
            pairIds.add(pair);
            BigDecimal funds = new BigDecimal("20000.00").add(new BigDecimal("150.25").multiply(BigDecimal.valueOf(i)));
            BigDecimal delivered = i % 5 == 0 ? funds.subtract(new BigDecimal("1000.10")) : funds;
            String secretary = secretaryOf(helper.code());
            as(secretary, () -> pairing.commit(user(secretary), pair, YEAR, funds.toPlainString(),
                    List.of("建设村级活动场所", "发展特色种养项目"), List.of("提供农牧业市场信息")));
            recordAndConfirm(secretary, pair, "FUNDS", delivered.toPlainString(), "拨付帮扶资金");
            recordAndConfirm(secretary, pair, "PROJECT", null, "引进特色种养项目");
            long information = record(secretary, pair, "INFORMATION", null, "提供农牧业市场信息");
            if (i % 10 != 9) {
                confirm(information, "CONFIRMED", null);
                informationDelivered++;
            }
            committed = committed.add(funds);
            confirmed = confirmed.add(delivered);
        }
        String firstHelper = secretaryOf(helpers.get(0).code());
        long disputed = record(firstHelper, pairIds.get(0), "FUNDS", "5000", "补拨帮扶资金");
        confirm(disputed, "DISPUTED", "实际收到 4500 元。");
        as(firstHelper, () -> {
            engine.getTaskService().complete(taskOf(disputed, TASK_EXPLAIN_FULFILMENT),
                    ProcessTestSupport.variables(VAR_EXPLANATION, "登记有误，实拨 4500 元。", VAR_CORRECTED_AMOUNT, "4500"));
            return null;
        });
        confirm(disputed, "CONFIRMED", null);
        confirmed = confirmed.add(new BigDecimal("4500"));

        Http http = new Http(port);
        Map<String, Object> all = http.get("orgdept", "/api/pairing/pairs?year=" + YEAR).getBody();
        assertThat(all.get("pairs")).isEqualTo(PAIRS);
        assertThat(new BigDecimal(all.get("committedFunds").toString())).isEqualByComparingTo(committed);
        assertThat(new BigDecimal(all.get("confirmedFunds").toString())).isEqualByComparingTo(confirmed);
        assertThat(List.of(all.get("projectsCommitted"), all.get("projectsDelivered"), all.get("informationCommitted"),
                all.get("informationDelivered"))).isEqualTo(List.of(2 * PAIRS, PAIRS, PAIRS, informationDelivered));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) all.get("rows");
        assertThat(rows).hasSize(PAIRS);
        Map<String, Object> first = rows.get(0);
        assertThat(new BigDecimal(first.get("confirmedFunds").toString())).isEqualByComparingTo("23499.90");
        assertThat(first.get("percent")).isNotNull();

        Map<String, Object> byHelper = http.get("orgdept", "/api/pairing/helpers?year=" + YEAR).getBody();
        assertThat(byHelper.get("helpers")).isEqualTo(PAIRS);
        BigDecimal helperSum = ((List<Map<String, Object>>) byHelper.get("rows")).stream()
                .map(h -> new BigDecimal(h.get("confirmedFunds").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(helperSum).isEqualByComparingTo(confirmed);

        villageSeesOnlyItsOwnPairs(http, pairIds);
        helperSeesOnlyItsPairs(http);
        workbookCarriesTheSums(http, committed, confirmed);
    }

    private void villageSeesOnlyItsOwnPairs(Http http, List<Long> pairIds) {
        List<Map<String, Object>> sanhu = (List<Map<String, Object>>) http.get("secretary-sanhu", "/api/pairing/pairs?year=" + YEAR)
                .getBody().get("rows");
        assertThat(sanhu).isNotEmpty().allSatisfy(r -> assertThat(r.get("villageCode")).isEqualTo("wulashan-sanhu"));
        Set<Long> own = new HashSet<>(sanhu.stream().map(r -> ((Number) r.get("id")).longValue()).toList());
        long other = pairIds.stream().filter(id -> !own.contains(id)).findFirst().orElseThrow();
        ResponseEntity<Map<String, Object>> refused = http.get("secretary-sanhu", "/api/pairing/pairs/" + other + "?year=" + YEAR);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody().get("detail").toString()).contains("找不到编号为 " + other + " 的结对");
        List<Map<String, Object>> township = (List<Map<String, Object>>) http.get("secretary-wulashan", "/api/pairing/pairs?year=" + YEAR)
                .getBody().get("rows");
        assertThat(township).isNotEmpty().allSatisfy(r -> assertThat(organizations.get(r.get("villageCode").toString()).townshipCode())
                .isEqualTo("wulashan"));
        assertThat(http.get("secretary-xinan", "/api/pairing/pairs/" + own.iterator().next()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void helperSeesOnlyItsPairs(Http http) {
        List<Map<String, Object>> organs = (List<Map<String, Object>>) http.get("secretary-organs", "/api/pairing/pairs?year=" + YEAR)
                .getBody().get("rows");
        assertThat(organs).hasSize(33).allSatisfy(r -> assertThat(organizations.get(r.get("helperCode").toString()).path()).startsWith("/banner/organs/"));
    }

    private void workbookCarriesTheSums(Http http, BigDecimal committed, BigDecimal confirmed) {
        ResponseEntity<byte[]> excel = http.as("orgdept").get().uri("/api/pairing/report.xlsx?year=" + YEAR).retrieve().toEntity(byte[].class);
        assertThat(excel.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getBody()))) {
            var sum = workbook.getSheetAt(0).getRow(PAIRS + 1);
            assertThat(sum.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(BigDecimal.valueOf(sum.getCell(2).getNumericCellValue())).isEqualByComparingTo(committed);
            assertThat(BigDecimal.valueOf(sum.getCell(3).getNumericCellValue())).isEqualByComparingTo(confirmed);
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(PAIRS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void recordAndConfirm(String secretary, long pair, String kind, String amount, String description) {
        confirm(record(secretary, pair, kind, amount, description), "CONFIRMED", null);
    }

    private long record(String secretary, long pair, String kind, String amount, String description) {
        return as(secretary, () -> fulfilments.record(user(secretary), pair, new FulfilmentService.Entry("2010-06-29", kind, amount, description),
                List.of()));
    }

    /** The village's secretary account (its own, else the nearest above) completes its task through the engine. */
    private void confirm(long fulfilment, String receipt, String note) {
        Task task = engine.getTaskService().createTaskQuery().processVariableValueEquals(VAR_FULFILMENT_ID, fulfilment)
                .taskDefinitionKey(TASK_CONFIRM_RECEIPT).singleResult();
        as(task.getAssignee(), () -> {
            engine.getTaskService().complete(task.getId(), ProcessTestSupport.variables(VAR_RECEIPT, receipt, VAR_RECEIPT_NOTE, note));
            return null;
        });
    }

    private String taskOf(long fulfilment, String key) {
        return ProcessTestSupport.task(engine, VAR_FULFILMENT_ID, fulfilment, key).getId();
    }

    private String secretaryOf(String code) {
        return organizations.nearestHolder(code, PairingAccess.SECRETARY_GROUPS).orElseThrow();
    }

    private CurrentUser user(String userId) {
        return users.computeIfAbsent(userId, u -> new CurrentUser(u,
                identityService.createGroupQuery().groupMember(u).listPage(0, 20).stream().map(Group::getId).toList()));
    }

    /** Runs the call as the user, with the engine's authorizations checked for them. */
    private <T> T as(String userId, Supplier<T> call) {
        List<String> groups = user(userId).groups();
        identityService.setAuthentication(userId, groups);
        try {
            return call.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
