package cn.excellence.dutyreview;

import java.math.BigDecimal;
import java.time.Instant;

/** One township secretary's duty report (述职报告) in a round, with its result once rated. */
public record DutyReport(long id, long roundId, String townshipCode, String secretaryId, DutyReportStatus status,
        String theme, String achievements, String problems, String nextPlans, String returnReason, int returnCount,
        Instant submittedAt, String ratingClosedReason, Integer votesCast, BigDecimal satisfaction, Rating grade,
        Instant ratedAt, String rectificationPlan, Instant rectificationAt) {

    public boolean rated() {
        return grade != null;
    }
}
