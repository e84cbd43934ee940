package cn.excellence.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.excellence.dashboard.DashboardViews.CommendationBoard;
import cn.excellence.dashboard.DashboardViews.DutyReviewBoard;
import cn.excellence.dashboard.DashboardViews.FundBoard;
import cn.excellence.dashboard.DashboardViews.OverdueBoard;
import cn.excellence.dashboard.DashboardViews.ReliefBoard;
import cn.excellence.dashboard.DashboardViews.SupervisionBoard;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/** Each view as a table (headers and rows) for its Excel export, and the duty-review summary for its PDF. */
final class DashboardTables {

    static final List<String> DUTY_REVIEW = List.of("名次", "苏木镇", "状态", "已提交", "已预审", "已评议人数", "应评议人数",
            "满意率（%）", "等次");
    static final List<String> COMMENDATION = List.of("类别", "名额", "推荐", "入选", "公示中", "已表彰", "已撤销", "异议");
    static final List<String> SUPERVISION = List.of("苏木镇", "应报月报", "已报", "按时", "按时率（%）", "抽查", "已评分", "平均得分");
    static final List<String> OVERDUE = List.of("组织", "逾期待办", "最早到期", "最长逾期（天）");
    static final List<String> FUNDS = List.of("资金", "总额（元）", "已预留（元）", "已支付（元）", "可用（元）");
    static final List<String> PAYMENTS = List.of("月份", "支付笔数", "支付金额（元）");
    static final List<String> RELIEF = List.of("编号", "批次", "状态", "人数", "已支付人数", "每人金额（元）", "合计（元）");

    private DashboardTables() {
    }

    static List<List<Object>> dutyReview(DutyReviewBoard board) {
        return board.townships().stream().map(t -> List.<Object>of(t.rank() == null ? "" : t.rank(), t.townshipName(), t.statusLabel(),
                yesNo(t.submitted()), yesNo(t.preReviewed()), t.ratingsIn(), t.ratingsNeeded(),
                t.satisfaction() == null ? "" : t.satisfaction(), t.grade() == null ? "" : t.grade())).toList();
    }

    static List<List<Object>> commendation(CommendationBoard board) {
        return board.categories().stream().map(c -> List.<Object>of(c.name(), c.quota(), c.nominated(), c.selected(), c.onNotice(),
                c.commended(), c.withdrawn(), c.objections())).toList();
    }

    static List<List<Object>> supervision(SupervisionBoard board) {
        return board.townships().stream().map(t -> List.<Object>of(t.townshipName(), t.reportsDue(), t.reportsSubmitted(), t.reportsOnTime(),
                t.onTimeRate() == null ? "" : t.onTimeRate(), t.spotChecks(), t.spotChecksScored(),
                t.averageScore() == null ? "" : t.averageScore())).toList();
    }

    static List<List<Object>> overdue(OverdueBoard board) {
        List<List<Object>> rows = new ArrayList<>();
        board.organizations().forEach(o -> rows.add(List.of(o.organizationName(), o.tasks(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkingDayCalendar.ZONE).format(o.oldestDue()), o.mostDaysOverdue())));
        rows.add(List.of("合计", board.total()));
        return rows;
    }

    /** The funds, a blank row, then the payments per month under their own headers. */
    static List<List<Object>> funds(FundBoard board) {
        List<List<Object>> rows = new ArrayList<>();
        board.funds().forEach(f -> rows.add(List.of(f.name(), f.total(), f.committed(), f.paid(), f.available())));
        rows.add(List.of());
        rows.add(List.copyOf(PAYMENTS));
        board.paymentsByMonth().forEach(m -> rows.add(List.of(m.month(), m.payments(), m.amountYuan())));
        return rows;
    }

    static List<List<Object>> relief(ReliefBoard board) {
        List<List<Object>> rows = new ArrayList<>();
        board.rows().forEach(b -> rows.add(List.of(b.id(), b.title(), b.status(), b.members(), b.paid(), b.amountPerMember(),
                b.totalAmount())));
        rows.add(List.of("合计", board.batches() + " 批", "", board.members(), "", "", board.totalAmount()));
        return rows;
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
