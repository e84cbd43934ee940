package cn.excellence.pairing;

import java.time.Instant;
import java.time.LocalDate;

/** A fulfilment record (履行记录): what the helper delivered, and the village's word on it. */
record Fulfilment(long id, long pairId, int year, LocalDate date, FulfilmentKind kind, Long amountFen, String description,
        FulfilmentStatus status, String disputeNote, String explanation, String recordedBy, Instant recordedAt, Instant confirmedAt,
        String processInstanceId) {
}
