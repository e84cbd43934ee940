package cn.excellence.pairing;

import static cn.excellence.pairing.PairingProcess.*;
import static cn.excellence.shared.jdbc.Rows.columns;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.fund.Money;
import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Fulfilment (履行): the helper records what it delivered with its evidence, and a {@code PairingReceipt} process asks the
 * village's secretary to confirm receipt; a dispute goes back to the helper to explain or correct. Only confirmed fulfilment counts.
 */
@Service
public class FulfilmentService {

    private final FulfilmentRepository fulfilments;
    private final PairingService pairs;
    private final PairingAccess access;
    private final RuntimeService runtimeService;

    FulfilmentService(FulfilmentRepository fulfilments, PairingService pairs, PairingAccess access, RuntimeService runtimeService) {
        this.fulfilments = fulfilments;
        this.pairs = pairs;
        this.access = access;
        this.runtimeService = runtimeService;
    }

    /** What a helper enters for one fulfilment. */
    record Entry(String date, String kind, Object amount, String description) {
    }

    /** Records the fulfilment with its evidence and starts the village's confirmation, in one transaction. */
    @Transactional
    public long record(CurrentUser user, long pairId, Entry entry, List<EvidenceFiles.Upload> uploads) {
        Pair pair = pairs.visible(user, pairId);
        access.checkHelperSide(user, pair);
        LocalDate date = date(entry.date());
        if (date.getYear() < pair.fromYear()) {
            throw new TaskInputException("该结对自 " + pair.fromYear() + " 年起，履行日期不能早于该年。");
        }
        FulfilmentKind kind = TextRules.choice(entry.kind(), FulfilmentKind.class, "履行类别（FUNDS 资金、PROJECT 项目、INFORMATION 信息）");
        Long amountFen = amount(kind, entry.amount());
        String description = TextRules.required(entry.description(), "履行内容", 2, 500);
        List<EvidenceFiles.Checked> evidence = EvidenceFiles.check(uploads == null ? List.of() : uploads);
        String villageSecretary = access.secretaryOf(pair.villageCode());
        String helperSecretary = access.secretaryOf(pair.helperCode());
        long id = fulfilments.insert(pair.id(), date, kind, amountFen, description, user.userId(), PairingAccess.now());
        evidence.forEach(e -> fulfilments.insertEvidence(id, e.fileName(), e.contentType(), e.content()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_FULFILMENT_ID, id);
        variables.put(VAR_VILLAGE_SECRETARY, villageSecretary);
        variables.put(VAR_HELPER_SECRETARY, helperSecretary);
        variables.put(VAR_HELPER_NAME, access.name(pair.helperCode()));
        variables.put(VAR_VILLAGE_NAME, access.name(pair.villageCode()));
        variables.put(VAR_FULFILMENT_SUMMARY, summary(date, kind, amountFen, description, evidence.size()));
        String process = ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(RECEIPT_PROCESS,
                BusinessKeys.of("结对帮扶履行", access.name(pair.villageCode()), id), variables)).getId();
        fulfilments.setProcess(id, process);
        return id;
    }

    /** The village's answer: confirmed counts; a dispute needs a note the helper reads. */
    @Transactional
    public void answer(long fulfilmentId, Object receipt, Object note, String userId) {
        Receipt answer = TextRules.choice(receipt, Receipt.class, "确认结果");
        Fulfilment fulfilment = fulfilments.find(fulfilmentId).orElseThrow();
        if (answer == Receipt.CONFIRMED) {
            fulfilments.update(fulfilment.id(), columns("status", FulfilmentStatus.CONFIRMED, "confirmed_by", userId,
                    "confirmed_at", PairingAccess.now()));
        } else {
            fulfilments.update(fulfilment.id(), columns("status", FulfilmentStatus.DISPUTED,
                    "dispute_note", TextRules.required(note, "异议说明", 2, 500)));
        }
    }

    /** The helper explains, and corrects the amount of a funds record if it was wrong; the village is asked again. */
    @Transactional
    public String explain(long fulfilmentId, Object explanation, Object correctedAmount) {
        Fulfilment fulfilment = fulfilments.find(fulfilmentId).orElseThrow();
        String text = TextRules.required(explanation, "说明或更正", 2, 1000);
        Long amountFen = fulfilment.amountFen();
        if (correctedAmount != null && !correctedAmount.toString().isBlank()) {
            if (fulfilment.kind() != FulfilmentKind.FUNDS) {
                throw new TaskInputException("只有资金类履行记录可以更正金额。");
            }
            amountFen = Money.fen(correctedAmount, "更正后的金额（元）");
        }
        fulfilments.update(fulfilment.id(), columns("status", FulfilmentStatus.AWAITING_RECEIPT, "explanation", text, "amount_fen", amountFen));
        return summary(fulfilment.date(), fulfilment.kind(), amountFen, fulfilment.description(),
                fulfilments.evidenceOf(List.of(fulfilment.id())).size());
    }

    /** An evidence file of a fulfilment the user may see. */
    EvidenceDownload evidence(CurrentUser user, long fulfilmentId, long evidenceId) {
        Fulfilment fulfilment = fulfilments.find(fulfilmentId).orElseThrow(() -> ApiException.notFound("找不到该履行记录，或您无权查看。"));
        pairs.visible(user, fulfilment.pairId());
        FulfilmentRepository.Evidence meta = fulfilments.evidenceOf(List.of(fulfilment.id())).stream().filter(e -> e.id() == evidenceId)
                .findFirst().orElseThrow(() -> ApiException.notFound("找不到该佐证材料。"));
        return new EvidenceDownload(meta.fileName(), meta.contentType(), fulfilments.content(fulfilmentId, evidenceId).orElseThrow());
    }

    record EvidenceDownload(String fileName, String contentType, byte[] content) {
    }

    static String summary(LocalDate date, FulfilmentKind kind, Long amountFen, String description, int evidence) {
        return date + " " + kind.label() + (amountFen == null ? "" : " " + Money.yuan(amountFen).toPlainString() + " 元") + "：" + description
                + (evidence == 0 ? "" : "（佐证材料 " + evidence + " 份）");
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new TaskInputException("请填写“履行日期”。");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TaskInputException("“履行日期”应为日期，如 2010-06-29。");
        }
        if (date.isAfter(PairingAccess.today())) {
            throw new TaskInputException("“履行日期”不能晚于今天。");
        }
        return date;
    }

    private static Long amount(FulfilmentKind kind, Object amount) {
        if (kind == FulfilmentKind.FUNDS) {
            return Money.fen(amount, "金额（元）");
        }
        if (amount != null && !amount.toString().isBlank()) {
            throw new TaskInputException("只有资金类履行记录填写金额；项目和信息类请不填金额。");
        }
        return null;
    }
}
