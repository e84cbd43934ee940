package cn.excellence.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One visit (走访) as stored: when, which group of which activity, where, what was done and the help given. */
record Visit(long id, LocalDate date, Long activityId, String group, String organizationCode, String townshipCode,
        List<VisitActivity> activities, String helpGiven, String recordedBy, Instant recordedAt) {

    /** A member visited and the 慰问金 paid to them in fen (null: none). */
    record Member(long visitId, long memberId, Long reliefFen) {
    }
}
