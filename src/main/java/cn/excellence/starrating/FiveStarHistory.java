package cn.excellence.starrating;

import java.util.List;

/** A branch's 五星级 now and its dynamic history (oldest first): every award, keep, revocation and refusal with its reason. */
public record FiveStarHistory(String organizationCode, String name, boolean fiveStar, Integer sinceYear, List<FiveStarEvent> events) {
}
