package cn.excellence.pairing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the pairing API answers (yuan with two decimals; percent with one, null when nothing was committed). */
final class PairingViews {

    private PairingViews() {
    }

    record PairView(long id, String helperCode, String helperName, String villageCode, String villageName, int fromYear) {
    }

    /** One pair in a year: committed against confirmed (确认收到) fulfilment. */
    record PairProgress(long id, String helperCode, String helperName, String villageCode, String villageName, int year,
            BigDecimal committedFunds, BigDecimal confirmedFunds, BigDecimal fundsPercent, int projectsCommitted, int projectsDelivered,
            int informationCommitted, int informationDelivered, BigDecimal percent, int awaitingReceipt, int disputed) {
    }

    record PairsReport(int year, int pairs, BigDecimal committedFunds, BigDecimal confirmedFunds, BigDecimal fundsPercent,
            int projectsCommitted, int projectsDelivered, int informationCommitted, int informationDelivered, List<PairProgress> rows) {
    }

    /** One helping organization in a year, over all its pairs. */
    record HelperProgress(String helperCode, String helperName, int pairs, BigDecimal committedFunds, BigDecimal confirmedFunds,
            BigDecimal fundsPercent, int projectsCommitted, int projectsDelivered, int informationCommitted, int informationDelivered,
            BigDecimal percent) {
    }

    record HelpersReport(int year, int helpers, List<HelperProgress> rows) {
    }

    record CommitmentView(long pairId, int year, BigDecimal funds, List<String> projects, List<String> information) {
    }

    record EvidenceView(long id, String fileName, String contentType, int size) {
    }

    record FulfilmentView(long id, long pairId, LocalDate date, String kind, String kindLabel, BigDecimal amount, String description,
            String status, String statusLabel, String disputeNote, String explanation, String recordedBy, Instant recordedAt,
            Instant confirmedAt, String processInstanceId, List<EvidenceView> evidence) {
    }

    /** A pair's year; whether the reader may record fulfilment (the helper's side) or confirms receipt (the village's side). */
    record PairDetail(PairProgress progress, CommitmentView commitment, List<FulfilmentView> fulfilments, boolean mayRecord,
            boolean mayConfirm) {
    }
}
