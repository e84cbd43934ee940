package cn.excellence.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.jdbc.Rows;

/**
 * Writes notifications to the outbox, in the caller's transaction (an engine listener's insert joins the engine's):
 * for each recipient an inbox row (delivered by being written), an e-mail row when the user has an address, and a
 * robot row when the user's organization has a group robot (one per organization and cause). Each row's dedup key
 * (cause, recipient, channel) is unique, so a cause that runs again writes nothing twice.
 */
@Component
class NotificationOutbox {

    private final JdbcClient jdbc;
    private final EngineIdentity identity;
    private final OrganizationService organizations;
    private final Webhooks webhooks;

    NotificationOutbox(JdbcClient jdbc, EngineIdentity identity, OrganizationService organizations, Webhooks webhooks) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.organizations = organizations;
        this.webhooks = webhooks;
    }

    void write(Notice notice, Collection<String> recipients) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        for (String recipient : new LinkedHashSet<>(recipients)) {
            insert(notice, recipient, Channel.INBOX, null, "SENT", now);
            if (identity.emailOf(recipient).isPresent()) {
                insert(notice, recipient, Channel.EMAIL, null, "PENDING", now);
            }
            organizations.organizationOf(recipient).filter(webhooks::exists)
                    .ifPresent(organization -> insert(notice, recipient, Channel.WEBHOOK, organization, "PENDING", now));
        }
    }

    private void insert(Notice notice, String recipient, Channel channel, String target, String status, Instant now) {
        String dedupKey = notice.causeKey() + "|" + (target == null ? recipient : target) + "|" + channel;
        if (jdbc.sql("select count(*) from notification_outbox where dedup_key = ?").param(dedupKey).query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                insert into notification_outbox (dedup_key, cause_key, channel, recipient, target, kind, title, body, link, status,
                    attempts, next_attempt_at, created_at, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(dedupKey, notice.causeKey(), channel.name(), recipient, target, notice.kind().name(),
                        TextRules.abbreviate(notice.title(), 199), TextRules.abbreviate(notice.body(), 999), notice.link(), status,
                        Rows.value(now), Rows.value(now), "SENT".equals(status) ? Rows.value(now) : null)
                .update();
    }
}
