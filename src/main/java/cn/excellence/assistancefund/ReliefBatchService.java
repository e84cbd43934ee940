package cn.excellence.assistancefund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.web.ApiException;

/**
 * Relief for a group of members (批量救助), chosen by a rule or a list: one ledger entry per member,
 * each paid in its own transaction with the key batch:{id}:member:{member}, so a batch cut short
 * by a crash is resumed and nobody is paid twice.
 */
@Service
public class ReliefBatchService {

    /** The rules the source names: pre-1949 veterans; farmers and herders aged 60 or more on a reference date. */
    public enum Rule { PRE1949_VETERANS, ELDERLY_FARMERS, LIST }

    static final int MAX_MEMBERS = 20_000;

    private final JdbcClient jdbc;
    private final FundLedger ledger;
    private final RuntimeService runtimeService;
    private final TransactionTemplate eachMember;

    ReliefBatchService(JdbcClient jdbc, FundLedger ledger, RuntimeService runtimeService, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.runtimeService = runtimeService;
        this.eachMember = new TransactionTemplate(transactions);
        this.eachMember.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public record BatchRequest(String title, String rule, LocalDate referenceDate, List<Long> memberIds, BigDecimal amount) {
    }

    /** Records the batch and its members, then starts paying in the background. */
    @Transactional
    public long open(BatchRequest request, String by) {
        String title;
        long amount;
        Rule rule;
        try {
            title = cn.excellence.shared.TextRules.required(request.title(), "标题", 2, 200);
            amount = Money.fen(request.amount(), "每人金额");
            rule = cn.excellence.shared.TextRules.choice(request.rule(), Rule.class, "规则");
        } catch (TaskInputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        List<Long> members = members(rule, request);
        if (members.isEmpty() || members.size() > MAX_MEMBERS) {
            throw ApiException.badRequest("按此规则选出 " + members.size() + " 人；一批应有 1 到 " + MAX_MEMBERS + " 人。");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into relief_batch (title, rule, amount_fen, status, created_by, created_at) values (?, ?, ?, 'PAYING', ?, ?)")
                .params(title, describe(rule, request), amount, by, Rows.value(ClockUtil.getCurrentTime())).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (Long member : members) {
            jdbc.sql("insert into relief_batch_item (batch_id, member_id, status) values (?, ?, 'PENDING')").params(id, member).update();
        }
        runtimeService.startProcessInstanceByKey("HardshipReliefBatch", String.valueOf(id), Map.of("batchId", id));
        return id;
    }

    private List<Long> members(Rule rule, BatchRequest request) {
        return switch (rule) {
            case PRE1949_VETERANS -> jdbc.sql("select id from party_member where pre1949_veteran = true order by id").query(Long.class).list();
            case ELDERLY_FARMERS -> {
                if (request.referenceDate() == null) {
                    throw ApiException.badRequest("请填写计算年龄的基准日期（referenceDate）。");
                }
                yield jdbc.sql("select id from party_member where occupation = 'FARMER_HERDER' and birth_date <= ? order by id")
                        .param(java.sql.Date.valueOf(request.referenceDate().minusYears(60))).query(Long.class).list();
            }
            case LIST -> {
                List<Long> ids = request.memberIds() == null ? List.of() : request.memberIds().stream().distinct().toList();
                if (ids.size() > MAX_MEMBERS) {
                    throw ApiException.badRequest("名单最多 " + MAX_MEMBERS + " 人。");
                }
                long known = ids.isEmpty() ? 0 : jdbc.sql("select count(*) from party_member where id in (:ids)").param("ids", ids)
                        .query(Long.class).single();
                if (known != ids.size()) {
                    throw ApiException.badRequest("名单中有 " + (ids.size() - known) + " 个党员编号不存在。");
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
        long amount = jdbc.sql("select amount_fen from relief_batch where id = ?").param(batchId).query(Long.class).single();
        List<Long> pending = jdbc.sql("select member_id from relief_batch_item where batch_id = ? and status = 'PENDING' order by member_id")
                .param(batchId).query(Long.class).list();
        for (Long member : pending.subList(0, Math.min(limit, pending.size()))) {
            eachMember.executeWithoutResult(status -> {
                FundLedger.Outcome outcome = ledger.pay(ReliefService.FUND, amount, false, "batch:" + batchId + ":member:" + member,
                        "member:" + member, "批量救助 " + batchId, "system");
                if (outcome == FundLedger.Outcome.INSUFFICIENT) {
                    throw new IllegalStateException("the relief fund cannot cover batch " + batchId + " any more");
                }
                jdbc.sql("update relief_batch_item set status = 'PAID', paid_at = ? where batch_id = ? and member_id = ?")
                        .params(Rows.value(ClockUtil.getCurrentTime()), batchId, member).update();
            });
        }
        long left = jdbc.sql("select count(*) from relief_batch_item where batch_id = ? and status = 'PENDING'").param(batchId)
                .query(Long.class).single();
        if (left == 0) {
            jdbc.sql("update relief_batch set status = 'PAID' where id = ?").param(batchId).update();
        }
        return left;
    }

    public Map<String, Object> progress(long batchId) {
        Map<String, Object> batch = jdbc.sql("select * from relief_batch where id = ?").param(batchId).query().listOfRows().stream()
                .findFirst().map(Rows::lowerCaseKeys).orElseThrow(() -> ApiException.notFound("批量救助 " + batchId + " 不存在。"));
        long total = jdbc.sql("select count(*) from relief_batch_item where batch_id = ?").param(batchId).query(Long.class).single();
        long paid = jdbc.sql("select count(*) from relief_batch_item where batch_id = ? and status = 'PAID'").param(batchId).query(Long.class).single();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", batchId);
        view.put("title", batch.get("title"));
        view.put("rule", batch.get("rule"));
        view.put("status", batch.get("status"));
        view.put("amountPerMember", Money.yuan(((Number) batch.get("amount_fen")).longValue()));
        view.put("members", total);
        view.put("paid", paid);
        view.put("pending", total - paid);
        view.put("totalAmount", Money.yuan(((Number) batch.get("amount_fen")).longValue() * total));
        return view;
    }
}
