package cn.excellence.pairing;

import static cn.excellence.pairing.PairingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;

/** The village confirms a fulfilment; a disputed one goes back to the helper, who explains and corrects, and returns to the village. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
class PairingReceiptProcessTests {

    static final CurrentUser ORG_DEPT = new CurrentUser("orgdept", List.of(Groups.ORG_DEPT));
    static final CurrentUser ORGANS = new CurrentUser("secretary-organs", List.of(Groups.PARTY_SECRETARY));
    static final PNG EVIDENCE = new PNG();

    @Autowired
    ProcessEngine engine;
    @Autowired
    PairingService pairing;
    @Autowired
    FulfilmentService fulfilments;
    @Autowired
    PairingReport report;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    /** A tiny PNG's first bytes: enough for the magic-byte check. */
    static final class PNG {
        final byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    private long pairWith(String helper) {
        long pair = pairing.pair(ORG_DEPT, helper, "wulashan-sanhu", 2010).id();
        pairing.commit(ORGANS, pair, 2010, "50000", List.of("修建村文化室"), List.of("提供种植技术信息"));
        return pair;
    }

    private ProcessInstance processOf(long fulfilment) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RECEIPT_PROCESS)
                .variableValueEquals(VAR_FULFILMENT_ID, fulfilment).singleResult();
    }

    private String task(long fulfilment, String key) {
        return ProcessTestSupport.task(engine, VAR_FULFILMENT_ID, fulfilment, key).getId();
    }

    @Test
    void theVillageConfirmsReceiptAndTheFundsCount() {
        long pair = pairWith("organs-b01");
        long id = fulfilments.record(ORGANS, pair, new FulfilmentService.Entry("2010-06-29", "FUNDS", "30000.50", "拨付村文化室建设资金"),
                List.of(new EvidenceFiles.Upload("拨款凭证.png", EVIDENCE.bytes)));
        ProcessInstance process = processOf(id);
        assertThat(process).isWaitingAt(TASK_CONFIRM_RECEIPT).task().isAssignedTo("secretary-sanhu");
        assertThat(report.progress(pairing.visible(ORG_DEPT, pair), 2010).confirmedFunds()).isEqualByComparingTo("0");

        ProcessTestSupport.complete(engine, task(id, TASK_CONFIRM_RECEIPT), VAR_RECEIPT, "CONFIRMED");
        assertThat(process).hasPassed(RECEIPT_CONFIRMED).isEnded();
        PairingViews.PairProgress progress = report.progress(pairing.visible(ORG_DEPT, pair), 2010);
        assertThat(progress.confirmedFunds()).isEqualByComparingTo(new BigDecimal("30000.50"));
        assertThat(progress.fundsPercent()).isEqualByComparingTo("60.0");
    }

    @Test
    void aDisputeGoesBackToTheHelperWhoCorrectsTheAmountAndTheVillageIsAskedAgain() {
        long pair = pairWith("organs-b02");
        long id = fulfilments.record(ORGANS, pair, new FulfilmentService.Entry("2010-07-06", "FUNDS", "20000", "拨付道路修缮资金"), List.of());
        String confirm = task(id, TASK_CONFIRM_RECEIPT);
        assertThatThrownBy(() -> ProcessTestSupport.complete(engine, confirm, VAR_RECEIPT, "DISPUTED", VAR_RECEIPT_NOTE, " "))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("异议说明");

        ProcessTestSupport.complete(engine, confirm, VAR_RECEIPT, "DISPUTED", VAR_RECEIPT_NOTE, "实际只收到 15000 元。");
        ProcessInstance process = processOf(id);
        assertThat(process).isWaitingAt(TASK_EXPLAIN_FULFILMENT).task().isAssignedTo("secretary-organs");
        String explain = task(id, TASK_EXPLAIN_FULFILMENT);
        assertThatThrownBy(() -> ProcessTestSupport.complete(engine, explain, VAR_EXPLANATION, "登记有误。", VAR_CORRECTED_AMOUNT, "15000.001"))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("两位小数");

        ProcessTestSupport.complete(engine, explain, VAR_EXPLANATION, "登记有误，实拨 15000 元。", VAR_CORRECTED_AMOUNT, "15000");
        assertThat(process).isWaitingAt(TASK_CONFIRM_RECEIPT).task().isAssignedTo("secretary-sanhu");
        Map<String, Object> variables = engine.getRuntimeService().getVariables(process.getId());
        assertThat(variables.get(VAR_RECEIPT)).isNull();
        assertThat((String) variables.get(VAR_FULFILMENT_SUMMARY)).contains("15000.00 元");

        ProcessTestSupport.complete(engine, task(id, TASK_CONFIRM_RECEIPT), VAR_RECEIPT, "CONFIRMED");
        assertThat(process).isEnded();
        assertThat(report.progress(pairing.visible(ORG_DEPT, pair), 2010).confirmedFunds()).isEqualByComparingTo("15000.00");
    }

    @Test
    void aReceiptIsNotStartedWithoutAFulfilment() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(RECEIPT_PROCESS, Map.of(VAR_FULFILMENT_ID, 1L)))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("履行记录");
    }
}
