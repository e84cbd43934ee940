package cn.excellence.dutyreview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** What a user may read of rounds and reports: banner-wide roles everything, a secretary their own township. */
@Service
class DutyReviewQueries {

    private final DutyReviewRepository repository;
    private final OrganizationService organizations;

    DutyReviewQueries(DutyReviewRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    List<RoundSummary> rounds(CurrentUser user) {
        return repository.rounds().stream().filter(r -> !visibleReports(user, r.id()).isEmpty() || user.isBannerWide())
                .map(r -> new RoundSummary(r.id(), r.year(), r.title(), r.reportDue(), r.ratingDue(), r.status()))
                .toList();
    }

    RoundView round(CurrentUser user, long id) {
        DutyReviewRound round = repository.findRound(id).filter(r -> user.isBannerWide() || !visibleReports(user, id).isEmpty())
                .orElseThrow(() -> ApiException.notFound("找不到述职评议轮次 " + id + "，或您无权查看。"));
        List<DutyReport> all = repository.reports(id);
        List<ReportSummary> visible = visibleReports(user, id).stream().map(this::summary).toList();
        boolean complete = !all.isEmpty() && all.stream().allMatch(DutyReport::rated);
        List<RankEntry> ranking = complete ? ranking(all).stream()
                .filter(e -> visible.stream().anyMatch(v -> v.townshipCode().equals(e.townshipCode()))).toList() : List.of();
        return new RoundView(round.id(), round.year(), round.title(), round.reportDue(), round.ratingDue(), round.status(),
                round.reviewers().size(), visible, complete, all.size(), ranking);
    }

    ReportView report(CurrentUser user, long id) {
        DutyReport report = repository.findReport(id).filter(r -> organizations.canSee(user, r.townshipCode()))
                .orElseThrow(() -> ApiException.notFound("找不到述职报告 " + id + "，或您无权查看。"));
        Map<String, Long> votes = repository.ratings(id).stream()
                .collect(Collectors.groupingBy(Rating::label, Collectors.counting()));
        return new ReportView(summary(report), report.theme(), report.achievements(), report.problems(), report.nextPlans(),
                report.returnReason(), report.submittedAt(), report.ratingClosedReason(), report.votesCast(), votes,
                report.ratedAt(), report.rectificationPlan());
    }

    private List<DutyReport> visibleReports(CurrentUser user, long roundId) {
        return repository.reports(roundId).stream().filter(r -> organizations.canSee(user, r.townshipCode())).toList();
    }

    /** Highest satisfaction first; equal satisfaction shares a rank. */
    private List<RankEntry> ranking(List<DutyReport> reports) {
        List<DutyReport> sorted = reports.stream().sorted(Comparator.comparing(DutyReport::satisfaction).reversed()
                .thenComparing(DutyReport::townshipCode)).toList();
        Map<String, String> names = names(reports);
        List<RankEntry> ranking = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DutyReport r = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).satisfaction().compareTo(r.satisfaction()) == 0 ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new RankEntry(rank, r.townshipCode(), names.get(r.townshipCode()), r.satisfaction(), r.grade(),
                    r.grade().label(), r.id()));
        }
        return ranking;
    }

    private Map<String, String> names(List<DutyReport> reports) {
        return reports.stream().map(DutyReport::townshipCode).distinct()
                .collect(Collectors.toMap(Function.identity(), c -> organizations.get(c).name()));
    }

    private ReportSummary summary(DutyReport r) {
        return new ReportSummary(r.id(), r.townshipCode(), organizations.get(r.townshipCode()).name(), r.secretaryId(),
                r.status(), r.tallying(repository::everyReviewerRated) ? DutyReport.TALLYING : r.status().label(), r.returnCount(), r.satisfaction(), r.grade(),
                r.grade() == null ? null : r.grade().label());
    }

    record RoundSummary(long id, int year, String title, Instant reportDueDate, Instant ratingDueDate, String status) {
    }

    record RoundView(long id, int year, String title, Instant reportDueDate, Instant ratingDueDate, String status,
            int reviewerCount, List<ReportSummary> reports, boolean resultsComplete, int reportCount, List<RankEntry> ranking) {
    }

    record ReportSummary(long id, String townshipCode, String townshipName, String secretaryId, DutyReportStatus status,
            String statusLabel, int returnCount, BigDecimal satisfaction, Rating grade, String gradeLabel) {
    }

    record RankEntry(int rank, String townshipCode, String townshipName, BigDecimal satisfaction, Rating grade,
            String gradeLabel, long reportId) {
    }

    record ReportView(ReportSummary summary, String theme, String achievements, String problems, String nextPlans,
            String returnReason, Instant submittedAt, String ratingClosedReason, Integer votesCast, Map<String, Long> votes,
            Instant ratedAt, String rectificationPlan) {
    }
}
