package cn.excellence.relief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.excellence.fund.FundLedger;
import cn.excellence.fund.Money;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.Page;

/**
 * Relief for a group of members (批量救助), chosen by a rule or a list: one ledger entry per member,
 * each paid in its own transaction with the key batch:{id}:member:{member}, so a batch cut short
 * by a crash is resumed and nobody is paid twice. A batch is opened once: a request repeated with
 * its Idempotency-Key gets the same batch back, and a batch with the same content as an earlier one
 * (see {@link BatchFingerprint}) is refused unless it says which one it deliberately repeats.
 */
@Service
public class ReliefBatchService {

    /** The rules the source names: pre-1949 veterans; farmers and herders aged 60 or more on a reference date. */
    public enum Rule { PRE1949_VETERANS, ELDERLY_FARMERS, LIST }

    static final int MAX_MEMBERS = 20_000;
    /** Members one job pays: a few seconds' work, well inside the job executor's lock time (application.yaml). */
    static final int SLICE = 100;
    static final String PROCESS = "HardshipReliefBatch";
    static final String VAR_BATCH_ID = "batchId";

    private final ReliefBatches batches;
    private final BatchDuplicates duplicates;
    private final BlockedBatches blocked;
    private final FundLedger ledger;
    private final OrganizationService organizations;
    private final RuntimeService runtimeService;
    private final TransactionTemplate inOneTransaction;
    private final TransactionTemplate inTheStartingTransaction;
    private final TransactionTemplate eachMember;

    ReliefBatchService(ReliefBatches batches, BatchDuplicates duplicates, BlockedBatches blocked, FundLedger ledger,
            OrganizationService organizations, RuntimeService runtimeService, PlatformTransactionManager transactions) {
        this.batches = batches;
        this.duplicates = duplicates;
        this.blocked = blocked;
        this.ledger = ledger;
        this.organizations = organizations;
        this.runtimeService = runtimeService;
        this.inOneTransaction = new TransactionTemplate(transactions);
        // a start form's batch is recorded inside the engine's transaction; a savepoint lets a lost race be answered afterwards
        this.inTheStartingTransaction = new TransactionTemplate(transactions);
        this.inTheStartingTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.eachMember = new TransactionTemplate(transactions);
        this.eachMember.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** {@code repeatOf}: the id of the latest batch with the same content, when paying the same again is meant. */
    public record BatchRequest(String title, String rule, LocalDate referenceDate, List<Long> memberIds, BigDecimal amount, Long repeatOf) {
    }

    /** The batch a request opened ({@code created}), or the one an earlier request with the same Idempotency-Key opened. */
    public record Opened(long id, boolean created) {
    }

    private record Batch(String title, String description, long amountFen, List<Long> members, BatchFingerprint fingerprint,
            Long repeatOf) {
    }

    /** Only org-dept opens relief batches, whichever way (the API, Tasklist's start form). */
    public static void checkMayOpen(CurrentUser user) {
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以发起批量救助。");
        }
    }

    /** The batch's key in Cockpit: 批量救助·its title·#id. */
    static String businessKey(String title, long id) {
        return BusinessKeys.of("批量救助", title, id);
    }

    /** Records the batch and its members, then starts paying in the background; {@code idempotencyKey} may be null. */
    public Opened open(BatchRequest request, String idempotencyKey, String by) {
        return open(request, idempotencyKey, by, inOneTransaction, true);
    }

    /**
     * Records the batch of a {@value #PROCESS} process org-dept started through its start form (Tasklist's 启动流程),
     * with the same checks as {@link #open} — a batch with the same content as an earlier one is refused the same way;
     * returns the variables the process goes on with (it pays in the background as one the API started).
     */
    public Map<String, Object> openFromStartForm(BatchRequest request, CurrentUser user) {
        checkMayOpen(user);
        Opened opened = open(request, null, user.userId(), inTheStartingTransaction, false);
        return Map.of(VAR_BATCH_ID, opened.id());
    }

    private Opened open(BatchRequest request, String idempotencyKey, String by, TransactionTemplate transaction, boolean startProcess) {
        duplicates.checkKey(idempotencyKey);
        Batch batch = batch(request);
        Optional<Long> earlier = duplicates.openedWithKey(idempotencyKey, batch.fingerprint());
        if (earlier.isPresent()) {
            return new Opened(earlier.get(), false);
        }
        int round;
        try {
            round = duplicates.round(batch.fingerprint(), batch.repeatOf());
        } catch (ApiException sameContent) {
            // a request with the same key may have committed its batch a moment ago: then this one is its retry
            Optional<Long> winner = duplicates.openedWithKey(idempotencyKey, batch.fingerprint());
            if (winner.isPresent()) {
                return new Opened(winner.get(), false);
            }
            throw sameContent;
        }
        try {
            return new Opened(transaction.execute(status -> insert(batch, round, idempotencyKey, by, startProcess)), true);
        } catch (DuplicateKeyException e) {
            // a request with the same key or content committed first, on this node or another: answer as if this one came after it
            Optional<Long> winner = duplicates.openedWithKey(idempotencyKey, batch.fingerprint());
            if (winner.isPresent()) {
                return new Opened(winner.get(), false);
            }
            duplicates.round(batch.fingerprint(), batch.repeatOf());
            throw e;
        }
    }

    private Batch batch(BatchRequest request) {
        String title = TextRules.required(request.title(), "标题", 2, 200);
        long amount = Money.fen(request.amount(), "每人金额");
        Rule rule = TextRules.choice(request.rule(), Rule.class, "规则");
        List<Long> members = members(rule, request);
        if (members.isEmpty() || members.size() > MAX_MEMBERS) {
            throw new TaskInputException("按此规则选出 " + members.size() + " 人；一批应有 1 到 " + MAX_MEMBERS + " 人。");
        }
        BatchFingerprint fingerprint = BatchFingerprint.of(rule, String.valueOf(request.referenceDate()), members, amount, title,
                request.repeatOf());
        return new Batch(title, describe(rule, request), amount, members, fingerprint, request.repeatOf());
    }

    private long insert(Batch batch, int round, String key, String by, boolean startProcess) {
        long id = batches.insert(batch.title(), batch.description(), batch.amountFen(), key, batch.fingerprint(), round, by);
        for (Long member : batch.members()) {
            batches.insertMember(id, member);
        }
        if (startProcess) {
            ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(PROCESS, businessKey(batch.title(), id), Map.of(VAR_BATCH_ID, id)));
        }
        return id;
    }

    private List<Long> members(Rule rule, BatchRequest request) {
        return switch (rule) {
            case PRE1949_VETERANS -> organizations.pre1949VeteranIds();
            case ELDERLY_FARMERS -> {
                if (request.referenceDate() == null) {
                    throw new TaskInputException("请填写计算年龄的基准日期（referenceDate）。");
                }
                yield organizations.farmerHerderIdsBornOnOrBefore(request.referenceDate().minusYears(60));
            }
            case LIST -> {
                List<Long> ids = request.memberIds() == null ? List.of() : request.memberIds().stream().distinct().toList();
                if (ids.size() > MAX_MEMBERS) {
                    throw new TaskInputException("名单最多 " + MAX_MEMBERS + " 人。");
                }
                long known = organizations.countMembersAmong(ids);
                if (known != ids.size()) {
                    throw new TaskInputException("名单中有 " + (ids.size() - known) + " 个党员编号不存在。");
                }
                yield ids;
            }
        };
    }

    private static String describe(Rule rule, BatchRequest request) {
        return switch (rule) {
            case PRE1949_VETERANS -> "建国前老党员";
            case ELDERLY_FARMERS -> "截至 " + request.referenceDate() + " 年满 60 周岁的农牧民党员";
            case LIST -> "名单";
        };
    }

    /** Pays up to {@code limit} pending members, each in its own transaction; returns how many are still pending. */
    public long payPending(long batchId, int limit) {
        long amount = batches.amountFen(batchId);
        List<Long> pending = batches.pendingMembers(batchId);
        for (Long member : pending.subList(0, Math.min(limit, pending.size()))) {
            eachMember.executeWithoutResult(status -> {
                FundLedger.Outcome outcome = ledger.pay(ReliefService.FUND, amount, false, "batch:" + batchId + ":member:" + member,
                        "member:" + member, "批量救助 " + batchId, "system");
                if (outcome == FundLedger.Outcome.INSUFFICIENT) {
                    throw new IllegalStateException("困难党员救助基金可用余额不足，每人 " + Money.yuan(amount) + " 元，"
                            + batches.countPending(batchId) + " 人尚未支付。请补足基金（或释放预留）后重试。");
                }
                batches.markMemberPaid(batchId, member, ClockUtil.getCurrentTime().toInstant());
            });
        }
        long left = batches.countPending(batchId);
        if (left == 0) {
            batches.markPaid(batchId);
        }
        return left;
    }

    public ReliefBatchView progress(long batchId) {
        return batches.view(batchId).map(this::withBlock).orElseThrow(() -> ApiException.notFound("批量救助 " + batchId + " 不存在。"));
    }

    /** Newest first, so that a batch whose id was lost is found. */
    public Page<ReliefBatchView> list(int page, int size) {
        Page.check(page, size);
        return new Page<>(batches.page(page, size).stream().map(this::withBlock).toList(), page, size, batches.count());
    }

    /** Runs a stuck batch's failed slice again (org-dept, after fixing the cause); 409 when nothing is stuck. */
    public ReliefBatchView retry(long batchId, CurrentUser user) {
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以重试批量救助的支付。");
        }
        ReliefBatchView batch = progress(batchId);
        if (!blocked.retry(batchId)) {
            throw ApiException.conflict("批量救助 " + batchId + (batch.pending() == 0 ? " 已全部支付" : " 正在支付，没有受阻") + "，无需重试。");
        }
        return progress(batchId);
    }

    private ReliefBatchView withBlock(ReliefBatchView batch) {
        return batch.pending() == 0 ? batch : blocked.reason(batch.id()).map(batch::blocked).orElse(batch);
    }
}
