package cn.excellence.posts;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a member's 功劳簿: what they did for a resident and the resident's evaluation; hidden entries are kept, not counted. */
public record MeritEntry(long id, long memberId, String organizationCode, LocalDate date, String residentName, String deed,
        Evaluation evaluation, boolean filedPublicly, String recordedBy, Instant createdAt, boolean hidden, String hiddenReason) {
}
