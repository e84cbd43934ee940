package cn.excellence.relief;

import java.math.BigDecimal;
import java.time.Instant;

/** A relief batch (批量救助) and how far its payment has got; money in yuan. */
public record ReliefBatchView(long id, String title, String rule, String status, BigDecimal amountPerMember, long members, long paid,
        long pending, BigDecimal totalAmount, String createdBy, Instant createdAt) {
}
