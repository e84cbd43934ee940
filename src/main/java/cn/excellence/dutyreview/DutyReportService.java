package cn.excellence.dutyreview;

import cn.excellence.shared.TextRules;
import static cn.excellence.shared.jdbc.Rows.columns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.CaseResult;
import cn.excellence.shared.FormValues;
import cn.excellence.shared.TaskInputException;

/** The steps of one duty report (述职报告): submit, pre-review, rating, tally, result, rectification. */
@Service
public class DutyReportService {

    static final Duration REMINDER_LEAD = Duration.ofDays(1);
    static final Duration RECTIFICATION_PERIOD = Duration.ofDays(30);

    private final DutyReviewRepository repository;
    private final ApplicationEventPublisher events;

    DutyReportService(DutyReviewRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    public DutyReport report(long id) {
        return repository.findReport(id).orElseThrow(() -> new TaskInputException("述职报告 " + id + " 不存在。"));
    }

    public DutyReviewRound roundOf(DutyReport report) {
        return repository.findRound(report.roundId()).orElseThrow();
    }

    static Date before(java.time.Instant due, Duration lead) {
        return Date.from(due.minus(lead));
    }

    @Transactional
    public void submit(long reportId, Object theme, Object achievements, Object problems, Object nextPlans) {
        DutyReport report = report(reportId);
        repository.updateReport(report.id(), columns(
                "theme", TextRules.required(theme, "活动主题/载体", 2, 500),
                "achievements", TextRules.required(achievements, "工作成效", 10, 3000),
                "problems", TextRules.required(problems, "存在问题", 10, 3000),
                "next_plans", TextRules.required(nextPlans, "下步打算", 10, 3000),
                "status", DutyReportStatus.IN_PRE_REVIEW, "submitted_at", ClockUtil.getCurrentTime()));
    }

    /** Org-dept accepts the report or returns it; a return needs a reason, which the secretary sees until it is accepted. */
    @Transactional
    public boolean preReview(long reportId, Object decision, Object reason) {
        if (decision == null || !(DutyReviewProcess.DECISION_ACCEPT.equals(decision) || DutyReviewProcess.DECISION_RETURN.equals(decision))) {
            throw new TaskInputException("请选择预审意见：通过（ACCEPT）或退回修改（RETURN）。");
        }
        DutyReport report = report(reportId);
        if (DutyReviewProcess.DECISION_ACCEPT.equals(decision)) {
            TextRules.optional(reason, "退回理由", 2000);
            repository.updateReport(report.id(), columns("return_reason", null));
            return true;
        }
        String returnReason = TextRules.required(reason, "退回理由", 2, 2000);
        repository.updateReport(report.id(), columns("status", DutyReportStatus.RETURNED, "return_reason", returnReason,
                "return_count", report.returnCount() + 1));
        return false;
    }

    /** Rating opens for every reviewer of the round; returns the round (its reviewers, its rating deadline). */
    @Transactional
    public DutyReviewRound openRating(long reportId) {
        DutyReport report = report(reportId);
        repository.updateReport(report.id(), columns("status", DutyReportStatus.IN_RATING));
        return roundOf(report);
    }

    @Transactional
    public void rate(long reportId, String reviewer, Object rating, Object comment) {
        Rating vote = TextRules.choice(rating, Rating.class, "评议等次");
        String text = TextRules.required(comment, "评议意见", 1, 1000);
        DutyReviewRepository.ReviewerStanding standing = repository.reviewerStanding(reportId, reviewer)
                .orElseThrow(() -> new TaskInputException("述职报告 " + reportId + " 不存在。"));
        if (!standing.reviews()) {
            throw new TaskInputException("您不是本轮述职评议的评议人。");
        }
        if (standing.rated()) {
            throw new TaskInputException("您已评议过这份述职报告。");
        }
        repository.insertRating(reportId, reviewer, vote, text, ClockUtil.getCurrentTime());
    }

    /** Enough votes when at least two thirds of the reviewers rated; changes nothing. */
    public Quorum quorum(long reportId) {
        DutyReport report = report(reportId);
        List<String> reviewers = roundOf(report).reviewers();
        List<String> rated = repository.ratedReviewers(report.id());
        return new Quorum(rated.size(), reviewers.size(), rated.size() * 3 >= reviewers.size() * 2,
                reviewers.stream().filter(r -> !rated.contains(r)).toList());
    }

    /** The quorum was missed at the rating deadline: the report waits for org-dept (评议不足，待组织部处理). */
    @Transactional
    public void markEscalated(long reportId) {
        repository.updateReport(reportId, columns("status", DutyReportStatus.ESCALATED));
    }

    /** Reviewers who have not rated yet, without changing anything. */
    public List<String> pendingReviewers(long reportId) {
        return quorum(reportId).pendingReviewers();
    }

    public record Quorum(int votesCast, int reviewerCount, boolean met, List<String> pendingReviewers) {
    }

    /** Org-dept's choice when the quorum was missed: tally what is in, or give the others more time. */
    public Date escalation(long reportId, Object decision, Object newDue) {
        if (DutyReviewProcess.ESCALATION_TALLY.equals(decision)) {
            if (repository.ratings(reportId).isEmpty()) {
                throw new TaskInputException("尚无任何评议票，不能计票；请延长评议期限。");
            }
            return null;
        }
        if (!DutyReviewProcess.ESCALATION_REOPEN.equals(decision)) {
            throw new TaskInputException("请选择处理方式：延长评议期限（REOPEN）或按现有票数计票（TALLY）。");
        }
        Date due = FormValues.dateTime(newDue, "新的评议截止时间");
        if (due == null) {
            throw new TaskInputException("请填写“新的评议截止时间”。");
        }
        if (!due.after(ClockUtil.getCurrentTime())) {
            throw new TaskInputException("新的评议截止时间应晚于当前时间。");
        }
        return due;
    }

    /** Rating is open again until the new deadline: the report reads 评议中; returns the reviewers who have not rated. */
    @Transactional
    public List<String> reopenRating(long reportId) {
        repository.updateReport(reportId, columns("status", DutyReportStatus.IN_RATING));
        return pendingReviewers(reportId);
    }

    /** Satisfaction is the share of 好 and 较好 among the votes cast, in percent with two decimals. */
    @Transactional
    public Tally tally(long reportId, String closedReason) {
        List<Rating> votes = repository.ratings(reportId);
        if (votes.isEmpty()) {
            throw new IllegalStateException("report " + reportId + " has no votes to tally");
        }
        long satisfied = votes.stream().filter(Rating::satisfied).count();
        BigDecimal satisfaction = BigDecimal.valueOf(satisfied * 100).divide(BigDecimal.valueOf(votes.size()), 2, RoundingMode.HALF_UP);
        repository.updateReport(reportId, columns("votes_cast", votes.size(), "satisfaction", satisfaction,
                "rating_closed_reason", closedReason));
        return new Tally(votes.size(), satisfaction);
    }

    public record Tally(int votesCast, BigDecimal satisfaction) {
    }

    @Transactional
    public void recordResult(long reportId, Rating grade) {
        DutyReportStatus status = grade.requiresRectification() ? DutyReportStatus.RECTIFYING : DutyReportStatus.RATED;
        repository.updateReport(reportId, columns("grade", grade, "status", status, "rated_at", ClockUtil.getCurrentTime()));
    }

    /** Tells the secretary the report's grade (办结), in the transaction that recorded it. */
    public void announceResult(String processInstanceId, long reportId) {
        DutyReport report = report(reportId);
        if (report.grade() == null) {
            return;
        }
        String grade = report.grade().label();
        events.publishEvent(new CaseResult(processInstanceId, "GRADE", report.secretaryId(), "述职评议结果：" + grade,
                "您的述职报告评议等次为“" + grade + "”" + (report.satisfaction() == null ? "" : "，满意率 " + report.satisfaction().toPlainString() + "%")
                        + (report.grade().requiresRectification() ? "。请在 30 天内提交整改方案。" : "。")));
    }

    @Transactional
    public void submitRectification(long reportId, Object plan) {
        String text = TextRules.required(plan, "整改方案", 10, 3000);
        repository.updateReport(report(reportId).id(), columns("rectification_plan", text,
                "status", DutyReportStatus.RECTIFICATION_SUBMITTED, "rectification_at", ClockUtil.getCurrentTime()));
    }
}
