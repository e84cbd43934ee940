package cn.excellence.commendation;

import java.time.Instant;
import java.util.List;

/** A commendation campaign (评先表彰活动) with its categories and quotas. */
public record Campaign(long id, int year, String title, Instant nominationDeadline, int noticeWorkingDays, String status,
        String sendBackReason, Instant noticePublishedAt, Instant noticeEndsAt, List<Category> categories) {

    public static final String NOMINATING = "NOMINATING";
    public static final String SELECTING = "SELECTING";
    public static final String NOTICE = "NOTICE";
    public static final String CLOSED = "CLOSED";

    /** A category (类别) with its quota (名额) and, where it has one, the award in fen. */
    public record Category(long id, String code, String name, int quota, NomineeFilter nomineeFilter, Long awardFen) {
    }
}
