package cn.excellence.starrating;

import java.time.Instant;

/** A member's stars from one campaign (their history is every year's row); WITHDRAWN after an upheld objection (撤销), with the reason. */
public record MemberStar(long campaignId, String campaignTitle, int year, String organizationCode, int stars, int points, String status,
        String reason, Instant recordedAt) {

    static final String CONFIRMED = "CONFIRMED";
    static final String WITHDRAWN = "WITHDRAWN";

    public String statusLabel() {
        return WITHDRAWN.equals(status) ? "已撤销" : "已确认";
    }
}
