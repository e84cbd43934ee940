package cn.excellence.fund;

import java.math.BigDecimal;
import java.time.Instant;

/** One booking of the append-only ledger (台账): a reservation, a release or a payment. */
public record LedgerEntry(long id, String fundCode, EntryType type, long amountFen, boolean fromReservation,
        String idempotencyKey, String reference, String description, String createdBy, Instant createdAt) {

    public enum EntryType { RESERVE, RELEASE, PAYMENT }

    public BigDecimal amountYuan() {
        return BigDecimal.valueOf(amountFen, 2);
    }
}
