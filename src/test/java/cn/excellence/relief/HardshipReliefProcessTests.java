package cn.excellence.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.fund.FundLedger;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;

/** Relief for one member and for the source's groups: 23 veterans, 1,257 elderly farmers; a batch resumed after a crash. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
class HardshipReliefProcessTests {

    static final CurrentUser SANHU = new CurrentUser("secretary-sanhu", List.of("village-secretary"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReliefService reliefs;
    @Autowired
    ReliefBatchService batches;
    @Autowired
    FundLedger ledger;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    private long sanhuMember() {
        return jdbc.sql("select min(id) from party_member where organization_code = 'wulashan-sanhu'").query(Long.class).single();
    }

    private void complete(long reliefId, String taskKey, String decision, String note) {
        String task = engine.getTaskService().createTaskQuery().processVariableValueEquals("reliefId", reliefId)
                .processDefinitionKey("HardshipRelief").taskDefinitionKey(taskKey).singleResult().getId();
        engine.getTaskService().complete(task, ProcessTestSupport.variables("reviewDecision", decision, "reviewNote", note));
    }

    private ProcessInstance process(long id, String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).variableValueEquals(key.equals("HardshipRelief") ? "reliefId" : "batchId", id)
                .singleResult();
    }

    @Test
    void aBranchAppliesTheTownshipAndOrgDeptApproveAndTheFundPaysOnce() {
        long id = reliefs.apply(new ReliefService.ReliefRequest(sanhuMember(), "因病致困，生活困难。", new BigDecimal("1000")), SANHU);
        assertThat(process(id, "HardshipRelief")).isWaitingAt("Task_TownshipReliefReview").task().isAssignedTo("secretary-wulashan");
        assertThatThrownBy(() -> complete(id, "Task_TownshipReliefReview", "REJECT", null)).rootCause().isInstanceOf(TaskInputException.class);
        complete(id, "Task_TownshipReliefReview", "APPROVE", null);
        complete(id, "Task_OrgDeptReliefApproval", "APPROVE", "同意救助。");

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().variableValueEquals("reliefId", id)
                .processDefinitionKey("HardshipRelief").singleResult().getEndActivityId()).isEqualTo("EndEvent_ReliefPaid");
        assertThat(ledger.entry("relief:" + id).orElseThrow().amountFen()).isEqualTo(100_000L);
        assertThat(reliefs.pay(id)).as("paying again books nothing new").isTrue();
        assertThat(jdbc.sql("select count(*) from fund_ledger where idempotency_key = ?").param("relief:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reliefCanBeRefusedAtEitherStepOrGoUnpaidWhenTheFundIsEmpty() {
        long byTownship = reliefs.apply(new ReliefService.ReliefRequest(sanhuMember(), "家庭困难，申请救助。", new BigDecimal("500")), SANHU);
        complete(byTownship, "Task_TownshipReliefReview", "REJECT", "已享受其他救助。");
        assertThat(reliefs.relief(byTownship).status()).isEqualTo(ReliefStatus.REJECTED);

        long byOrgDept = reliefs.apply(new ReliefService.ReliefRequest(sanhuMember(), "家庭困难，申请救助。", new BigDecimal("500")), SANHU);
        complete(byOrgDept, "Task_TownshipReliefReview", "APPROVE", null);
        complete(byOrgDept, "Task_OrgDeptReliefApproval", "REJECT", "材料不全。");
        assertThat(process(byOrgDept, "HardshipRelief")).isNull();

        long available = ledger.fund(ReliefService.FUND).orElseThrow().availableFen();
        ledger.reserve(ReliefService.FUND, available, "test:drain-relief", "test", "测试：占用全部救助基金", "test");
        long unpaid = reliefs.apply(new ReliefService.ReliefRequest(sanhuMember(), "因灾致困，申请救助。", new BigDecimal("800")), SANHU);
        complete(unpaid, "Task_TownshipReliefReview", "APPROVE", null);
        complete(unpaid, "Task_OrgDeptReliefApproval", "APPROVE", null);
        assertThat(reliefs.relief(unpaid).status()).isEqualTo(ReliefStatus.NOT_PAID);
        ledger.release(ReliefService.FUND, available, "test:refill-relief", "test", "测试：释放", "test");

        assertThatThrownBy(() -> reliefs.apply(new ReliefService.ReliefRequest(sanhuMember(), "理由", new BigDecimal("0.001")), SANHU))
                .isInstanceOf(TaskInputException.class);
        long outside = jdbc.sql("select min(id) from party_member where organization_code like 'xinan%'").query(Long.class).single();
        assertThatThrownBy(() -> reliefs.apply(new ReliefService.ReliefRequest(outside, "家庭困难，申请救助。", new BigDecimal("100")), SANHU))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    }

    @Test
    void theSourcesBatchesPayEachMemberOnce() {
        long veterans = batches.open(new ReliefBatchService.BatchRequest("建国前老党员慰问金", "PRE1949_VETERANS", null, null,
                new BigDecimal("1000"), null), null, "orgdept").id();
        long elderly = batches.open(new ReliefBatchService.BatchRequest("农牧民老党员免费参加合作医疗", "ELDERLY_FARMERS",
                LocalDate.of(2010, 7, 1), null, new BigDecimal("20"), null), null, "orgdept").id();
        assertThat(batches.progress(veterans)).extracting(ReliefBatchView::members, ReliefBatchView::pending).containsExactly(23L, 23L);

        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        assertThat(batches.progress(veterans)).extracting(ReliefBatchView::paid, ReliefBatchView::status).containsExactly(23L, "PAID");
        assertThat(batches.progress(veterans).totalAmount()).isEqualByComparingTo("23000.00");
        assertThat(batches.progress(elderly)).extracting(ReliefBatchView::members, ReliefBatchView::paid).containsExactly(1257L, 1257L);
        assertThat(batches.progress(elderly).totalAmount()).isEqualByComparingTo("25140.00");
        assertThat(jdbc.sql("select sum(amount_fen) from fund_ledger where description = ?").param("批量救助 " + elderly)
                .query(Long.class).single()).isEqualTo(2_514_000L);
        assertThat(process(elderly, "HardshipReliefBatch")).isNull();
    }

    @Test
    void aBatchCutShortByACrashIsResumedWithoutPayingAnyoneTwice() {
        List<Long> members = jdbc.sql("select id from party_member where organization_code like 'mingan%' order by id limit 50")
                .query(Long.class).list();
        long batch = batches.open(new ReliefBatchService.BatchRequest("困难党员慰问", "LIST", null, members, new BigDecimal("300"), null),
                null, "orgdept").id();
        batches.payPending(batch, 20);
        jdbc.sql("update relief_batch_item set status = 'PENDING', paid_at = null where batch_id = ? and member_id in (?, ?, ?)")
                .params(batch, members.get(0), members.get(5), members.get(19)).update();
        assertThat(batches.progress(batch).paid()).isEqualTo(17L);

        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        assertThat(batches.progress(batch)).extracting(ReliefBatchView::paid, ReliefBatchView::pending).containsExactly(50L, 0L);
        assertThat(jdbc.sql("select count(*), sum(amount_fen) from fund_ledger where description = ?").param("批量救助 " + batch)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single()).containsExactly(50L, 50L * 30_000);
        assertThatThrownBy(() -> batches.open(new ReliefBatchService.BatchRequest("名单有误", "LIST", null, List.of(999_999L),
                new BigDecimal("300"), null), null, "orgdept")).isInstanceOf(TaskInputException.class).hasMessageContaining("不存在");
        assertThatThrownBy(() -> batches.open(new ReliefBatchService.BatchRequest("缺基准日", "ELDERLY_FARMERS", null, null,
                new BigDecimal("20"), null), null, "orgdept")).hasMessageContaining("基准日期");
    }
}
