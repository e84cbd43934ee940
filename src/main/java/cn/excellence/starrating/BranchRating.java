package cn.excellence.starrating;

import java.time.Instant;

/** One branch's rating in a campaign: worked by its (nearest) secretary, reviewed by its township's or committee's. */
public record BranchRating(long id, long campaignId, String organizationCode, String organizationName, String townshipCode,
        String secretary, String reviewer, RatingStatus status, String returnReason, Instant noticePublishedAt, Instant noticeEndsAt,
        Instant updatedAt) {
}
