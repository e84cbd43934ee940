package cn.excellence.dutyreview;

import java.time.Instant;
import java.util.List;

/** A duty-review round (述职评议轮次): one year's reports of the township secretaries to the plenary. */
public record DutyReviewRound(long id, int year, String title, Instant reportDue, Instant ratingDue, String status,
        String createdBy, Instant createdAt, List<String> reviewers) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";
}
