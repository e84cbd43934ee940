package cn.excellence.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.excellence.fund.FundLedger;
import cn.excellence.commendation.HonourAwarded;
import cn.excellence.support.Http;

/** Funds, ledgers, loans and award payments through the API, with real security. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class AssistanceFundApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FundLedger ledger;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LoanService loans;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    static Map<String, Object> application() {
        Map<String, Object> body = new HashMap<>();
        body.put("applicantKind", "INDUSTRY_LEADER");
        body.put("applicantName", "王建国");
        body.put("idNumber", "11010519491231002X");
        body.put("organizationCode", "wulashan-sanhu");
        body.put("amount", "50000.00");
        body.put("termMonths", 12);
        body.put("bank", "乌拉特前旗农村信用社");
        body.put("purpose", "建设温室大棚，带动农户种植。");
        body.put("householdsHelped", 12);
        return body;
    }

    @Test
    void onlyTheFundCommitteeAndOrgDeptSeeFundsAndLedgers() throws Exception {
        List<Map<String, Object>> funds = http.getList("fund1", "/api/funds").getBody();
        assertThat(funds).extracting(f -> f.get("code")).contains("POVERTY_LOAN_SUBSIDY", "HARDSHIP_RELIEF", "VILLAGE_CADRE_SUBSIDY");
        assertThat(http.get("orgdept", "/api/funds/POVERTY_LOAN_SUBSIDY").getBody()).containsEntry("total", 1000000.0);
        for (String user : List.of("secretary-wulashan", "plenary1", "supervisor1")) {
            assertThat(http.get(user, "/api/funds/POVERTY_LOAN_SUBSIDY/ledger").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.get("fund1", "/api/funds/NO_SUCH").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("fund1", "/api/funds/HARDSHIP_RELIEF/ledger?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ledger.pay("HARDSHIP_RELIEF", 100_000, false, "api:relief:1", "member:1", "慰问金", "test");
        Map<String, Object> page = http.get("fund1", "/api/funds/HARDSHIP_RELIEF/ledger?page=0&size=10").getBody();
        assertThat((List<?>) page.get("content")).isNotEmpty();
        ResponseEntity<byte[]> export = http.as("fund1").get().uri("/api/funds/HARDSHIP_RELIEF/ledger.xlsx").retrieve().toEntity(byte[].class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("金额（元）");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1000.0);
        }
    }

    @Test
    void aLoanApplicationIsAcceptedAndShowsTheIdentityNumberMasked() {
        ResponseEntity<Map<String, Object>> created = http.post("secretary-sanhu", "/api/assistance-loans", application());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("idNumber", "110105********002X").containsEntry("status", "TOWNSHIP_REVIEW");
        Object id = created.getBody().get("id");
        assertThat(http.get("secretary-wulashan", "/api/assistance-loans/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("secretary-xinan", "/api/assistance-loans/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("fund1", "/api/assistance-loans/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.post("secretary-sanhu", "/api/assistance-loans/" + id + "/early-repayment", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("fund1", "/api/assistance-loans/" + id + "/early-repayment", Map.of()).getStatusCode())
                .as("not yet lent").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theFundCommitteeRecordsAnEarlyRepaymentAndWhatIsLeftOfTheReservationIsReleasedOnce() {
        LoanTestSupport flow = new LoanTestSupport(engine, loans);
        long id = flow.atFundReview("先锋镇奶牛养殖合作社");
        flow.approveTenThousandSubsidy(id);
        flow.complete(id, LoanProcess.TASK_RECORD_BANK_LOAN, LoanProcess.VAR_CONTRACT_NUMBER, "NX-2026-009", LoanProcess.VAR_LOAN_DATE,
                LocalDate.now().toString(), LoanProcess.VAR_PRINCIPAL, 200000L);
        long committedBefore = ledger.fund(LoanService.FUND).orElseThrow().committedFen();
        String path = "/api/assistance-loans/" + id + "/early-repayment";

        for (String other : List.of("secretary-sanhu", "orgdept", "standing1")) {
            assertThat(http.post(other, path, Map.of()).getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<Map<String, Object>> repaid = http.post("fund1", path, Map.of());
        ResponseEntity<Map<String, Object>> again = http.post("fund1", path, Map.of());

        assertThat(repaid.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repaid.getBody()).containsEntry("status", "REPAID_EARLY");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) again.getBody().get("detail")).contains("已登记提前还款");
        assertThat(ledger.entry("loan:" + id + ":release").orElseThrow().amountFen()).isEqualTo(1_000_000L);
        assertThat(ledger.fund(LoanService.FUND).orElseThrow().committedFen()).isEqualTo(committedBefore - 1_000_000L);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().variableValueEquals(LoanProcess.VAR_LOAN_ID, id)
                .processDefinitionKey(LoanProcess.PROCESS).finished().count()).as("the repayment message reached the loan's process").isOne();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"idNumber,110105194912310021,校验位", "idNumber,1101051949,校验位", "amount,0,大于零", "amount,-100,大于零",
            "amount,100.123,两位小数", "amount,99999999999,1 亿元", "amount,很多,JSON", "applicantKind,BANK,申请人类别",
            "applicantName,'',申请人名称", "termMonths,0,期限", "organizationCode,xinan-v04,本组织", "organizationCode,no-such-org,本组织"})
    void badApplicationsAreRefusedAndSaveNothing(String field, String value, String message) {
        long before = jdbc.sql("select count(*) from assistance_loan").query(Long.class).single();
        Map<String, Object> body = application();
        body.put(field, field.equals("termMonths") ? (Object) Integer.valueOf(value) : value);

        ResponseEntity<Map<String, Object>> response = http.post("secretary-sanhu", "/api/assistance-loans", body);

        assertThat(response.getStatusCode().is4xxClientError()).isTrue();
        assertThat((String) response.getBody().get("detail")).contains(message);
        assertThat(jdbc.sql("select count(*) from assistance_loan").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anAwardPaidTwiceIsPaidOnce() {
        long honour = jdbc.sql("select count(*) from honour").query(Long.class).single();
        assertThat(honour).isZero();
        jdbc.sql("insert into commendation_campaign (campaign_year, title, nomination_deadline, notice_working_days, status, created_by, created_at) "
                + "values (2010, 't', current_timestamp, 5, 'CLOSED', 'test', current_timestamp)").update();
        long campaign = jdbc.sql("select max(id) from commendation_campaign").query(Long.class).single();
        jdbc.sql("insert into commendation_category (campaign_id, code, name, quota, nominee_type, nominee_filter, award_fen) values (?, 'X1', '优秀嘎查村党组织书记', 9, 'MEMBER', 'VILLAGE_SECRETARY', 400000)")
                .param(campaign).update();
        long category = jdbc.sql("select max(id) from commendation_category").query(Long.class).single();
        jdbc.sql("insert into nomination (campaign_id, category_id, nominee_member_id, nominee_name, nominee_org_name, nominating_org_code, nominated_by, deeds, status, created_at) "
                + "values (?, ?, 1, '某书记', '某村', 'banner', 'orgdept', '事迹', 'COMMENDED', current_timestamp)").params(campaign, category).update();
        long nomination = jdbc.sql("select max(id) from nomination").query(Long.class).single();
        jdbc.sql("insert into honour (campaign_id, nomination_id, category_name, recipient_name, organization_name, honour_year, certificate_number, issued_on) "
                + "values (?, ?, '优秀嘎查村党组织书记', '某书记', '某村', 2010, 'T-1', current_date)").params(campaign, nomination).update();
        long honourId = jdbc.sql("select max(id) from honour").query(Long.class).single();
        new TransactionTemplate(transactionManager).executeWithoutResult(t -> events.publishEvent(new HonourAwarded(honourId, campaign, 400_000)));
        long payable = jdbc.sql("select id from fund_award_payable where honour_id = ?").param(honourId).query(Long.class).single();
        long paidBefore = ledger.fund("VILLAGE_CADRE_SUBSIDY").orElseThrow().paidFen();

        assertThat(http.post("orgdept", "/api/award-payables/" + payable + "/payment", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("fund1", "/api/award-payables/" + payable + "/payment", Map.of()).getBody()).containsEntry("outcome", "BOOKED");
        assertThat(http.post("fund1", "/api/award-payables/" + payable + "/payment", Map.of()).getBody()).containsEntry("outcome", "ALREADY_BOOKED");
        assertThat(ledger.fund("VILLAGE_CADRE_SUBSIDY").orElseThrow().paidFen()).isEqualTo(paidBefore + 400_000);
        assertThat(http.post("fund1", "/api/award-payables/999999/payment", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anAwardIsOwedOnlyWithTheTransactionThatIssuesItsHonour() {
        long before = jdbc.sql("select count(*) from fund_award_payable").query(Long.class).single();
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(t -> {
            events.publishEvent(new HonourAwarded(900_001L, 1L, 400_000));
            throw new IllegalStateException("issuing the honours failed");
        })).hasMessage("issuing the honours failed");
        assertThatThrownBy(() -> events.publishEvent(new HonourAwarded(900_002L, 1L, 400_000)))
                .as("announced outside a transaction").isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.sql("select count(*) from fund_award_payable").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aBranchAppliesForReliefAndOrgDeptStartsABatchThroughTheApi() {
        long member = jdbc.sql("select min(id) from party_member where organization_code = 'wulashan-sanhu'").query(Long.class).single();
        ResponseEntity<Map<String, Object>> applied = http.post("secretary-sanhu", "/api/hardship-reliefs",
                Map.of("memberId", member, "reason", "因病致困，申请救助。", "amount", "500"));
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(engine.getTaskService().createTaskQuery().processVariableValueEquals("reliefId", ((Number) applied.getBody().get("id")).longValue())
                .processDefinitionKey("HardshipRelief").singleResult().getAssignee()).isEqualTo("secretary-wulashan");
        assertThat(http.post("secretary-sanhu", "/api/hardship-reliefs", Map.of("memberId", 999999, "reason", "理由理由理由", "amount", "5"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map<String, Object>> batch = http.post("orgdept", "/api/relief-batches",
                Map.of("title", "建国前老党员慰问金", "rule", "PRE1949_VETERANS", "amount", "1000"));
        assertThat(batch.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(batch.getBody()).containsEntry("members", 23);
        assertThat(http.post("secretary-sanhu", "/api/relief-batches", Map.of("title", "批量", "rule", "PRE1949_VETERANS", "amount", "1"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("orgdept", "/api/relief-batches", Map.of("title", "批量", "rule", "EVERYONE", "amount", "1")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
