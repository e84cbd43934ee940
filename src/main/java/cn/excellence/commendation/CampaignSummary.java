package cn.excellence.commendation;

import java.time.Instant;

/** One commendation campaign in the list (GET /api/commendation-campaigns). */
record CampaignSummary(long id, int year, String title, String status, Instant nominationDeadline, int noticeWorkingDays,
        Instant noticePublishedAt, Instant noticeEndsAt, String sendBackReason) {

    static CampaignSummary of(Campaign c) {
        return new CampaignSummary(c.id(), c.year(), c.title(), c.status(), c.nominationDeadline(), c.noticeWorkingDays(),
                c.noticePublishedAt(), c.noticeEndsAt(), c.sendBackReason());
    }
}
