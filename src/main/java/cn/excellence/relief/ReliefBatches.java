package cn.excellence.relief;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.excellence.fund.Money;
import cn.excellence.shared.jdbc.Rows;

/**
 * The relief_batch and relief_batch_item tables: batches, their members, the Idempotency-Keys and content fingerprints
 * that keep them from being paid twice.
 */
@Repository
class ReliefBatches {

    /** A batch as the idempotency rules see it. */
    record Earlier(long id, String title, String status, String requestHash, int round) {
    }

    private static final String VIEW = """
            select b.*, (select count(*) from relief_batch_item i where i.batch_id = b.id) as members,
                   (select count(*) from relief_batch_item i where i.batch_id = b.id and i.status = 'PAID') as paid
            from relief_batch b""";

    private final JdbcClient jdbc;

    ReliefBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the batch; a second batch with the same key, or the same content in the same round, breaks a unique index. */
    long insert(String title, String rule, long amountFen, String key, BatchFingerprint fingerprint, int round, String by) {
        GeneratedKeyHolder holder = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into relief_batch (title, rule, amount_fen, status, created_by, created_at, idempotency_key, request_hash,
                content_fingerprint, content_round) values (?, ?, ?, 'PAYING', ?, ?, ?, ?, ?, ?)""")
                .params(title, rule, amountFen, by, Rows.value(ClockUtil.getCurrentTime()), key, fingerprint.request(),
                        fingerprint.content(), round)
                .update(holder, "id");
        return holder.getKeyAs(Number.class).longValue();
    }

    void insertMember(long batchId, long memberId) {
        jdbc.sql("insert into relief_batch_item (batch_id, member_id, status) values (?, ?, 'PENDING')").params(batchId, memberId).update();
    }

    long amountFen(long batchId) {
        return jdbc.sql("select amount_fen from relief_batch where id = ?").param(batchId).query(Long.class).single();
    }

    /** The members not yet paid, in the order they are paid. */
    List<Long> pendingMembers(long batchId) {
        return jdbc.sql("select member_id from relief_batch_item where batch_id = ? and status = 'PENDING' order by member_id")
                .param(batchId).query(Long.class).list();
    }

    void markMemberPaid(long batchId, long memberId, Instant at) {
        jdbc.sql("update relief_batch_item set status = 'PAID', paid_at = ? where batch_id = ? and member_id = ?")
                .params(Rows.value(at), batchId, memberId).update();
    }

    long countPending(long batchId) {
        return jdbc.sql("select count(*) from relief_batch_item where batch_id = ? and status = 'PENDING'").param(batchId)
                .query(Long.class).single();
    }

    void markPaid(long batchId) {
        jdbc.sql("update relief_batch set status = 'PAID' where id = ?").param(batchId).update();
    }

    Optional<Earlier> withKey(String key) {
        return jdbc.sql("select * from relief_batch where idempotency_key = ?").param(key).query(ReliefBatches::earlier).optional();
    }

    /** The latest round of batches with this content. */
    Optional<Earlier> latestWithContent(String contentFingerprint) {
        return jdbc.sql("select * from relief_batch where content_fingerprint = ? order by content_round desc limit 1")
                .param(contentFingerprint).query(ReliefBatches::earlier).optional();
    }

    Optional<ReliefBatchView> view(long id) {
        return jdbc.sql(VIEW + " where b.id = ?").param(id).query(ReliefBatches::view).optional();
    }

    /** Newest first. */
    List<ReliefBatchView> page(int page, int size) {
        return jdbc.sql(VIEW + " order by b.created_at desc, b.id desc limit ? offset ?").params(size, (long) page * size)
                .query(ReliefBatches::view).list();
    }

    long count() {
        return jdbc.sql("select count(*) from relief_batch").query(Long.class).single();
    }

    private static Earlier earlier(ResultSet rs, int row) throws SQLException {
        return new Earlier(rs.getLong("id"), rs.getString("title"), rs.getString("status"), rs.getString("request_hash"),
                rs.getInt("content_round"));
    }

    private static ReliefBatchView view(ResultSet rs, int row) throws SQLException {
        long amount = rs.getLong("amount_fen");
        long members = rs.getLong("members");
        long paid = rs.getLong("paid");
        return new ReliefBatchView(rs.getLong("id"), rs.getString("title"), rs.getString("rule"), rs.getString("status"),
                Money.yuan(amount), members, paid, members - paid, Money.yuan(amount * members), rs.getString("created_by"),
                Rows.instant(rs, "created_at"), null);
    }
}
