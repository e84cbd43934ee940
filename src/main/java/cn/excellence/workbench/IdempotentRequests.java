package cn.excellence.workbench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.web.ApiException;

/**
 * Work sent with an Idempotency-Key runs once per user and key (workbench_request). The key is inserted first in the
 * transaction that does the work, so a second request with the same key — an offline flush racing a retry, on any node —
 * waits for the first; when the first committed, the second gets its stored answer. Work that fails leaves no row.
 */
@Component
class IdempotentRequests {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Duration keep;

    IdempotentRequests(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions,
            @Value("${excellence.workbench.keep-requests:30d}") Duration keep) {
        this.jdbc = jdbc;
        this.keep = keep;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    static void checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new TaskInputException("请求头 Idempotency-Key 应为 8 到 100 个字母、数字、“-”或“_”，例如一个 UUID。");
        }
    }

    /** The answer an earlier request with this key stored for this target, if any; a key used for another target is a 409. */
    <T> Optional<T> earlier(String userId, String key, String target, Class<T> type) {
        return jdbc.sql("select target, answer from workbench_request where user_id = ? and idempotency_key = ?").params(userId, key)
                .query((rs, n) -> answer(rs.getString("target"), rs.getString("answer"), target, type)).optional();
    }

    /**
     * Runs the work with the key recorded first, in one transaction with it, and stores its answer; when another request
     * with the key committed first, returns that one's answer instead (the caller marks it replayed).
     */
    <T> Result<T> once(String userId, String key, String target, Class<T> type, Supplier<T> work) {
        try {
            return new Result<>(transaction.execute(status -> {
                jdbc.sql("insert into workbench_request (user_id, idempotency_key, target, created_at) values (?, ?, ?, ?)")
                        .params(userId, key, target, Rows.value(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()))).update();
                T answer = work.get();
                jdbc.sql("update workbench_request set answer = ? where user_id = ? and idempotency_key = ?")
                        .params(write(answer), userId, key).update();
                return answer;
            }), false);
        } catch (DuplicateKeyException e) {
            // the key's row, committed by the request that came first; without it the duplicate was the work's own
            return new Result<>(earlier(userId, key, target, type).orElseThrow(() -> e), true);
        }
    }

    /**
     * Daily, on every node (the delete is the same whoever runs it): keys older than {@code excellence.workbench.keep-requests}
     * (30 days) are forgotten — a phone that was offline longer has long seen its task done by others or refused.
     */
    @Scheduled(cron = "${excellence.workbench.prune-cron:0 50 2 * * *}", zone = WorkingDayCalendar.ZONE_ID)
    void pruneDaily() {
        prune();
    }

    /** Deletes the keys recorded longer ago than the retention; how many. */
    int prune() {
        Instant before = ClockUtil.getCurrentTime().toInstant().minus(keep);
        return jdbc.sql("delete from workbench_request where created_at < ?").param(Rows.value(before)).update();
    }

    /** An answer and whether it is an earlier request's. */
    record Result<T>(T answer, boolean replayed) {
    }

    private <T> T answer(String storedTarget, String answer, String target, Class<T> type) {
        if (!storedTarget.equals(target)) {
            throw ApiException.conflict("该 Idempotency-Key 已用于另一项操作（" + storedTarget + "），新的操作请使用新的 Idempotency-Key。");
        }
        if (answer == null) {
            throw ApiException.conflict("同一 Idempotency-Key 的请求正在处理，请稍后重试。");
        }
        try {
            return json.readValue(answer, type);
        } catch (IOException e) {
            throw new IllegalStateException("stored answer is not readable", e);
        }
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
