package cn.excellence.starrating;

import java.time.Instant;

/** One entry of a branch's 五星级 history: the year, what happened, why, by whom and when. */
public record FiveStarEvent(String organizationCode, int year, FiveStarEventKind event, String eventLabel, String reason,
        String recordedBy, Instant recordedAt) {
}
