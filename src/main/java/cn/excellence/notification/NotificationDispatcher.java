package cn.excellence.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;

/**
 * Delivers the outbox's due e-mail and robot rows, on any number of nodes at once: a row is claimed by one conditional
 * update (a lease: claimed_by and claimed_until) before it is sent, so two nodes never send the same row, and a node
 * that dies mid-send leaves it to another once the lease ends. A failed delivery is tried again later, each wait
 * twice the one before, and after {@code max-attempts} it is FAILED, kept with its error for the administrators.
 * Quiet hours hold e-mail and robot messages until they end; a user who wants a daily digest gets one mail a day.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 100;
    private static final int MAX_BATCHES = 50;

    private final JdbcClient jdbc;
    private final MailDelivery mail;
    private final WebhookDelivery webhooks;
    private final NotificationPreferences preferences;
    private final NotificationProperties properties;
    private final String node;

    @Autowired
    NotificationDispatcher(JdbcClient jdbc, MailDelivery mail, WebhookDelivery webhooks, NotificationPreferences preferences,
            NotificationProperties properties) {
        this(jdbc, mail, webhooks, preferences, properties, "node-" + UUID.randomUUID());
    }

    NotificationDispatcher(JdbcClient jdbc, MailDelivery mail, WebhookDelivery webhooks, NotificationPreferences preferences,
            NotificationProperties properties, String node) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.webhooks = webhooks;
        this.preferences = preferences;
        this.properties = properties;
        this.node = node;
    }

    /** One round: claims and delivers every row due now, a batch at a time; returns how many rows this node delivered. */
    int dispatchOnce() {
        Instant now = now();
        int delivered = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Long> due = jdbc.sql("""
                    select id from notification_outbox where status = 'PENDING' and next_attempt_at <= ?
                        and (claimed_until is null or claimed_until < ?) order by id fetch first %d rows only""".formatted(BATCH))
                    .params(Rows.value(now), Rows.value(now)).query(Long.class).list();
            int claimed = 0;
            for (long id : due) {
                if (claim(id, now)) {
                    claimed++;
                    delivered += deliver(load(id), now);
                }
            }
            if (claimed == 0) {
                break;
            }
        }
        return delivered;
    }

    private boolean claim(long id, Instant now) {
        return jdbc.sql("""
                update notification_outbox set claimed_by = ?, claimed_until = ?
                where id = ? and status = 'PENDING' and (claimed_until is null or claimed_until < ?)""")
                .params(node, Rows.value(now.plus(properties.lease())), id, Rows.value(now)).update() == 1;
    }

    private OutboxRow load(long id) {
        return jdbc.sql("select " + OutboxRow.COLUMNS + " from notification_outbox where id = ?").param(id).query(OutboxRow::of).single();
    }

    private int deliver(OutboxRow row, Instant now) {
        NotificationPreferences.Preferences wanted = preferences.of(row.recipient());
        Optional<Instant> quietUntil = wanted.quietUntil(now);
        if (quietUntil.isPresent()) {
            postpone(List.of(row), quietUntil.get());
            return 0;
        }
        List<OutboxRow> rows = List.of(row);
        try {
            boolean sent;
            if (row.channel() == Channel.WEBHOOK) {
                sent = webhooks.send(row);
            } else if (!wanted.emailEnabled()) {
                sent = false;
            } else if (wanted.dailyDigest()) {
                Instant digestAt = digestTimeAfter(row.createdAt());
                if (now.isBefore(digestAt)) {
                    postpone(rows, digestAt);
                    return 0;
                }
                rows = withClaimedDigestRows(row, now);
                sent = mail.sendDigest(row.recipient(), rows);
            } else {
                sent = mail.send(row);
            }
            finish(rows, sent ? "SENT" : "SKIPPED", now);
            return sent ? rows.size() : 0;
        } catch (Exception e) {
            rows.forEach(r -> failed(r, e, now));
            return 0;
        }
    }

    /** The recipient's other e-mails due for the same digest, claimed by this node. */
    private List<OutboxRow> withClaimedDigestRows(OutboxRow first, Instant now) {
        List<OutboxRow> rows = new ArrayList<>(List.of(first));
        jdbc.sql("""
                select id from notification_outbox where status = 'PENDING' and channel = 'EMAIL' and recipient = ? and id <> ?
                    and created_at < ? order by id""")
                .params(first.recipient(), first.id(), Rows.value(now)).query(Long.class).list().stream()
                .filter(id -> claim(id, now)).map(this::load).filter(r -> !now.isBefore(digestTimeAfter(r.createdAt()))).forEach(rows::add);
        return rows;
    }

    private Instant digestTimeAfter(Instant created) {
        ZonedDateTime local = created.atZone(WorkingDayCalendar.ZONE);
        ZonedDateTime at = local.with(LocalTime.parse(properties.digestTime())).withSecond(0).withNano(0);
        return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
    }

    private void postpone(List<OutboxRow> rows, Instant until) {
        rows.forEach(r -> jdbc.sql("update notification_outbox set next_attempt_at = ?, claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
                .params(Rows.value(until), r.id(), node).update());
    }

    private void finish(List<OutboxRow> rows, String status, Instant now) {
        rows.forEach(r -> jdbc.sql("""
                update notification_outbox set status = ?, sent_at = ?, attempts = attempts + 1, claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""").params(status, Rows.value(now), r.id(), node).update());
    }

    private void failed(OutboxRow row, Exception error, Instant now) {
        int attempts = row.attempts() + 1;
        boolean last = attempts >= properties.maxAttempts();
        Instant next = now.plus(backoff(properties.firstRetry(), attempts));
        String message = String.valueOf(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
        log.warn("notification {} ({}) to {} failed, attempt {}: {}", row.id(), row.channel(), row.recipient(), attempts, message);
        jdbc.sql("""
                update notification_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, claimed_by = null,
                    claimed_until = null where id = ? and claimed_by = ?""")
                .params(last ? "FAILED" : "PENDING", attempts, Rows.value(next), message.length() > 1000 ? message.substring(0, 1000) : message,
                        row.id(), node).update();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The wait after the given number of failed attempts: the first retry's, doubled for each further one. */
    static Duration backoff(Duration first, int attempts) {
        return first.multipliedBy(1L << Math.min(attempts - 1, 20));
    }
}
