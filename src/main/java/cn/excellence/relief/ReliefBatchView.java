package cn.excellence.relief;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A relief batch (批量救助) and how far its payment has got; money in yuan. {@code status} is PAYING (支付中), PAID (已支付)
 * or BLOCKED (支付受阻: a slice failed on every try; {@code blockedReason} says why, and org-dept may retry it).
 */
public record ReliefBatchView(long id, String title, String rule, String status, BigDecimal amountPerMember, long members, long paid,
        long pending, BigDecimal totalAmount, String createdBy, Instant createdAt, String blockedReason) {

    static final String BLOCKED = "BLOCKED";

    ReliefBatchView blocked(String reason) {
        return new ReliefBatchView(id, title, rule, BLOCKED, amountPerMember, members, paid, pending, totalAmount, createdBy, createdAt,
                reason);
    }
}
