package cn.excellence.starrating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The typed answers of the star-rating API. */
public final class StarRatingViews {

    private StarRatingViews() {
    }

    public record CampaignSummary(long id, int year, StarScale scale, String scaleLabel, String title, String status, Instant selfAssessmentDeadline,
            Instant reviewDeadline, Integer quotaPercent, List<Criterion> criteria) {

        static CampaignSummary of(StarCampaign c) {
            return new CampaignSummary(c.id(), c.year(), c.scale(), c.scale().label(), c.title(), c.status(), c.selfAssessmentDeadline(),
                    c.reviewDeadline(), c.quotaPercent(), c.criteria());
        }
    }

    public record BranchSummary(long ratingId, String organizationCode, String organizationName, RatingStatus status, String statusLabel,
            String returnReason, Instant noticeEndsAt) {

        static BranchSummary of(BranchRating r) {
            return new BranchSummary(r.id(), r.organizationCode(), r.organizationName(), r.status(), r.status().label(), r.returnReason(),
                    r.noticeEndsAt());
        }
    }

    public record CampaignDetail(CampaignSummary campaign, List<BranchSummary> branches) {
    }

    /** A branch's scoring sheet: the entered criteria (the 功劳簿 item is added from the residents' book), one row per member. */
    public record SheetView(long ratingId, long campaignId, String campaignTitle, String organizationCode, String organizationName,
            RatingStatus status, String statusLabel, boolean editable, List<Criterion> criteria, int serviceBookMax, List<SheetRow> rows) {
    }

    public record SheetRow(long memberId, String memberName, boolean participating, List<Integer> scores, Integer votesGood, Integer votesFair,
            Integer votesAverage, Integer votesPoor, boolean complete, Integer points, Integer proposedStars, Integer stars, String adjustReason,
            String withdrawnReason) {
    }

    public record SheetUpdate(List<BranchRatingService.Entry> rows) {
    }

    public record MemberHistory(long memberId, String name, String organizationCode, List<MemberStar> entries) {
    }

    /** Figures of one group (a township, a sector, a branch, or all): participants, members per star (index 0 = 1 star). */
    public record ReportLine(String code, String name, long participants, List<Long> byStars, long atLeastEight, BigDecimal shareAtLeastEight,
            long atTen, long withdrawn) {
    }

    public record StarReport(long campaignId, String campaignTitle, ReportLine total, List<ReportLine> byTownship, List<ReportLine> bySector,
            List<ReportLine> byBranch) {
    }

    public record PublicStarNotice(long id, String title, Instant publishedAt, Instant endsAt, boolean open, List<PublicEntry> entries) {
    }

    public record PublicEntry(long memberId, String name, int stars) {
    }

    public record ObjectionReceived(long id, String message) {
    }
}
