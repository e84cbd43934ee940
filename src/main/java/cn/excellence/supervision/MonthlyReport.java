package cn.excellence.supervision;

import java.time.Instant;

/** A responsible unit's monthly report (月度汇报) in a cycle. */
record MonthlyReport(long id, long cycleId, String unitCode, String secretaryId, MonthlyReportStatus status, String progress,
        String problems, String nextSteps, Integer membersTrained, Integer visitsMade, Instant submittedAt, boolean late,
        boolean escalated, ReviewResult reviewResult, String reviewComment) {

    boolean submittedOnTime() {
        return status == MonthlyReportStatus.SUBMITTED && !late;
    }

    boolean needsFollowUp() {
        return reviewResult == ReviewResult.FOLLOW_UP;
    }
}
