package cn.excellence.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import cn.excellence.shared.jdbc.Rows;

/** One row of the outbox, as the dispatcher delivers it. */
record OutboxRow(long id, Channel channel, String recipient, String target, NotificationKind kind, String title, String body,
        String link, int attempts, Instant createdAt) {

    static final String COLUMNS = "id, channel, recipient, target, kind, title, body, link, attempts, created_at";

    static OutboxRow of(ResultSet rs, int row) throws SQLException {
        return new OutboxRow(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("target"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"), rs.getString("link"),
                rs.getInt("attempts"), Rows.instant(rs, "created_at"));
    }
}
