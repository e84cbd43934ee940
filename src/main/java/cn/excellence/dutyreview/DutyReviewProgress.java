package cn.excellence.dutyreview;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.excellence.organization.OrganizationService;

/**
 * How far a round has come, per township (述职评议进度): submitted, pre-reviewed, ratings in against ratings needed,
 * grade and rank. For the dashboard; who may see which township is the caller's business.
 */
@Service
public class DutyReviewProgress {

    private static final List<DutyReportStatus> PAST_PRE_REVIEW = List.of(DutyReportStatus.IN_RATING, DutyReportStatus.ESCALATED,
            DutyReportStatus.RATED, DutyReportStatus.RECTIFYING, DutyReportStatus.RECTIFICATION_SUBMITTED);

    private final DutyReviewRepository repository;
    private final OrganizationService organizations;

    DutyReviewProgress(DutyReviewRepository repository, OrganizationService organizations) {
        this.repository = repository;
        this.organizations = organizations;
    }

    /** The newest round, if any. */
    public Optional<Long> latestRoundId() {
        return repository.rounds().stream().findFirst().map(DutyReviewRound::id);
    }

    public Optional<RoundProgress> of(long roundId) {
        return repository.findRound(roundId).map(round -> {
            int needed = round.reviewers().size();
            List<DutyReport> reports = repository.reports(roundId);
            List<DutyReport> ranked = reports.stream().filter(DutyReport::rated)
                    .sorted(Comparator.comparing(DutyReport::satisfaction).reversed().thenComparing(DutyReport::townshipCode)).toList();
            List<TownshipProgress> rows = reports.stream().map(r -> row(r, needed, ranked)).toList();
            return new RoundProgress(round.id(), round.year(), round.title(), round.status(), needed, rows);
        });
    }

    private TownshipProgress row(DutyReport r, int needed, List<DutyReport> ranked) {
        boolean submitted = r.status() != DutyReportStatus.AWAITING_REPORT && r.submittedAt() != null;
        return new TownshipProgress(r.id(), r.townshipCode(), organizations.get(r.townshipCode()).name(), r.status(),
                r.status().label(), submitted, PAST_PRE_REVIEW.contains(r.status()), repository.ratings(r.id()).size(), needed,
                r.satisfaction(), r.grade() == null ? null : r.grade().label(), rank(r, ranked));
    }

    /** Highest satisfaction first; equal satisfaction shares a rank; unrated reports have none. */
    private static Integer rank(DutyReport report, List<DutyReport> ranked) {
        if (!report.rated()) {
            return null;
        }
        int higher = (int) ranked.stream().filter(o -> o.satisfaction().compareTo(report.satisfaction()) > 0).count();
        return higher + 1;
    }

    public record RoundProgress(long roundId, int year, String title, String status, int reviewerCount,
            List<TownshipProgress> townships) {
    }

    /** One township's report in a round; {@code rank} and {@code grade} only once rated. */
    public record TownshipProgress(long reportId, String townshipCode, String townshipName, DutyReportStatus status,
            String statusLabel, boolean submitted, boolean preReviewed, int ratingsIn, int ratingsNeeded, BigDecimal satisfaction,
            String grade, Integer rank) {
    }
}
