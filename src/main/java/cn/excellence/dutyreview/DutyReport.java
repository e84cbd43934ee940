package cn.excellence.dutyreview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.LongPredicate;

/** One township secretary's duty report (述职报告) in a round, with its result once rated. */
public record DutyReport(long id, long roundId, String townshipCode, String secretaryId, DutyReportStatus status,
        String theme, String achievements, String problems, String nextPlans, String returnReason, int returnCount,
        Instant submittedAt, String ratingClosedReason, Integer votesCast, BigDecimal satisfaction, Rating grade,
        Instant ratedAt, String rectificationPlan, Instant rectificationAt) {

    /** Shown while every reviewer has rated and the tally (a job, within seconds of the last rating) has not graded it yet. */
    static final String TALLYING = "评议完毕，统计中";

    public boolean rated() {
        return grade != null;
    }

    /** 评议中 with every reviewer's vote in: the tally runs in the background; asks only while the report is 评议中. */
    boolean tallying(LongPredicate everyReviewerRated) {
        return status == DutyReportStatus.IN_RATING && everyReviewerRated.test(id);
    }
}
