package cn.excellence.commendation;

import java.time.Instant;
import java.util.List;

/** A public notice (公示) as anyone may read it: the campaign's candidates and a summary of their deeds. */
record PublicNotice(long id, String title, Instant publishedAt, Instant endsAt, boolean open, List<Entry> entries) {

    /** One candidate on the notice. */
    record Entry(long nominationId, String name, String organization, String category, String deedsSummary) {
    }

    /** The reply to an objection filed on a notice. */
    record ObjectionReceived(long id, String message) {
    }
}
