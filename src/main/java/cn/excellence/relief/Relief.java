package cn.excellence.relief;

import java.time.Instant;

/** One member's hardship relief (困难党员救助) as its row holds it; the amount in fen, exact. */
public record Relief(long id, long memberId, String organizationCode, String reason, long amountFen, ReliefStatus status,
        String reviewNote, String createdBy, Instant createdAt) {
}
