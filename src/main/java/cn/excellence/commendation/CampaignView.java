package cn.excellence.commendation;

import java.time.Instant;
import java.util.List;

/** One commendation campaign with its categories and the nominations the reader may see. */
record CampaignView(long id, int year, String title, String status, Instant nominationDeadline, int noticeWorkingDays,
        Instant noticePublishedAt, Instant noticeEndsAt, String sendBackReason, List<Campaign.Category> categories,
        List<NominationView> nominations) {
}
