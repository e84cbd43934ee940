package cn.excellence.starrating;

import java.time.Instant;
import java.util.List;

/** A year's star-rating campaign (星级评比) of one scale; {@code quotaPercent} caps the share at ≥ 8 stars (null: none). */
public record StarCampaign(long id, int year, StarScale scale, String title, List<Criterion> criteria, Instant selfAssessmentDeadline,
        Instant reviewDeadline, Integer quotaPercent, int noticeWorkingDays, String status, String createdBy, Instant createdAt,
        Instant publishedAt) {

    static final String OPEN = "OPEN";
    static final String PUBLISHED = "PUBLISHED";

    /** The items the branch enters (the 功劳簿 item comes from the residents' book). */
    public List<Criterion> enteredCriteria() {
        return criteria.stream().filter(c -> !c.fromServiceBook()).toList();
    }

    public int serviceBookMax() {
        return criteria.stream().filter(Criterion::fromServiceBook).mapToInt(Criterion::maxPoints).sum();
    }
}
