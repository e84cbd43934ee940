package cn.excellence.dashboard;

import java.math.BigDecimal;
import java.util.List;

import cn.excellence.dutyreview.DutyReviewProgress.TownshipProgress;
import cn.excellence.fund.FundFigures.MonthlyPayments;

/** What the dashboard's endpoints return (typed, so the API documentation describes them). */
final class DashboardViews {

    private DashboardViews() {
    }

    /** A round's progress per visible township (述职评议进度) and the ranking of the rated ones. */
    record DutyReviewBoard(long roundId, int year, String title, String status, int reviewerCount, int townshipCount,
            int submitted, int preReviewed, int rated, List<TownshipProgress> townships, List<TownshipProgress> ranking) {
    }

    /**
     * One category of a campaign: its quota, how many were nominated, selected (selected, on notice or commended),
     * on public notice (公示), commended, withdrawn, and the objections filed against its nominees.
     */
    record CategoryFigures(String code, String name, int quota, int nominated, int selected, int onNotice, int commended,
            int withdrawn, long objections) {
    }

    /** A campaign's nominations per category against the quotas (评先表彰进度). */
    record CommendationBoard(long campaignId, int year, String title, String status, List<CategoryFigures> categories) {
    }

    /**
     * One township's supervision (督查): its monthly reports (due, submitted, on time; the on-time rate in percent, null
     * when none was due) and the spot checks of its organizations (how many, how many scored, the average score).
     */
    record TownshipSupervision(String townshipCode, String townshipName, int reportsDue, int reportsSubmitted, int reportsOnTime,
            BigDecimal onTimeRate, int spotChecks, int spotChecksScored, BigDecimal averageScore) {
    }

    /** Supervision per township, for one cycle or all of them (督查概况). */
    record SupervisionBoard(Long cycleId, List<TownshipSupervision> townships) {
    }

    /** An organization's (or a group's) open tasks past their due date: how many, the oldest due date, days since. */
    record OverdueRow(String organizationCode, String organizationName, int tasks, java.time.Instant oldestDue, long mostDaysOverdue) {
    }

    /** Overdue tasks per organization (逾期待办). */
    record OverdueBoard(int total, List<OverdueRow> organizations) {
    }

    /** One fund's totals in exact yuan (two decimals). */
    record FundTotals(String code, String name, BigDecimal total, BigDecimal committed, BigDecimal paid, BigDecimal available) {
    }

    /** The funds and the payments per month (资金概况). */
    record FundBoard(List<FundTotals> funds, List<MonthlyPayments> paymentsByMonth) {
    }

    /** One relief batch: members, paid, amount in yuan. */
    record ReliefBatchRow(long id, String title, String status, long members, long paid, BigDecimal amountPerMember,
            BigDecimal totalAmount) {
    }

    /** The relief batches (批量救助) and their sums. */
    record ReliefBoard(int batches, long members, BigDecimal totalAmount, List<ReliefBatchRow> rows) {
    }
}
