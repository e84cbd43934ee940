package cn.excellence.commendation;

import java.time.Instant;

/** One nominee put forward by an organization's secretary, with the deeds (事迹) and where it stands. */
public record Nomination(long id, long campaignId, long categoryId, String nomineeOrgCode, Long nomineeMemberId,
        String nomineeName, String nomineeOrgName, String townshipCode, String nominatingOrgCode, String nominatedBy,
        String deeds, String notes, NominationStatus status, String ineligibleReasons, String reviewNote, Instant createdAt) {
}
