package cn.excellence.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.Page;

/** The in-app inbox (站内消息): a user's INBOX rows of the outbox, newest first; nobody reads or marks another's. */
@Component
class Inbox {

    /** One message: what happened, where to act (a path on this server), when, and whether it was read. */
    record InboxEntry(long id, NotificationKind kind, String title, String body, String link, OffsetDateTime createdAt, boolean read) {
    }

    private static final String MINE = "from notification_outbox where channel = 'INBOX' and recipient = ?";
    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<InboxEntry> page(String userId, int page, int size) {
        Page.check(page, size);
        long total = jdbc.sql("select count(*) " + MINE).param(userId).query(Long.class).single();
        List<InboxEntry> entries = jdbc.sql("select * " + MINE + " order by id desc offset ? rows fetch next ? rows only")
                .params(userId, (long) page * size, size).query((rs, n) -> entry(rs)).list();
        return new Page<>(entries, page, size, total);
    }

    long unread(String userId) {
        return jdbc.sql("select count(*) " + MINE + " and read_at is null").param(userId).query(Long.class).single();
    }

    @Transactional
    InboxEntry markRead(String userId, long id) {
        jdbc.sql("update notification_outbox set read_at = ? where id = ? and channel = 'INBOX' and recipient = ? and read_at is null")
                .params(Rows.value(ClockUtil.getCurrentTime()), id, userId).update();
        return jdbc.sql("select * " + MINE + " and id = ?").params(userId, id).query((rs, n) -> entry(rs)).optional()
                .orElseThrow(() -> ApiException.notFound("没有找到这条消息。"));
    }

    @Transactional
    int markAllRead(String userId) {
        return jdbc.sql("update notification_outbox set read_at = ? where channel = 'INBOX' and recipient = ? and read_at is null")
                .params(Rows.value(ClockUtil.getCurrentTime()), userId).update();
    }

    private static InboxEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new InboxEntry(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                rs.getString("link"), Rows.instant(rs, "created_at").atZone(WorkingDayCalendar.ZONE).toOffsetDateTime(),
                rs.getTimestamp("read_at") != null);
    }
}
