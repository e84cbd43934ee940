package cn.excellence.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.jdbc.Rows;

/**
 * Writes notifications to the outbox, in the caller's transaction (an engine listener's insert joins the engine's):
 * for each recipient an inbox row (delivered by being written), an e-mail row when the user has an address, and a
 * robot row when the user's organization has a group robot (one per organization and cause). Each row's dedup key
 * (cause, recipient, channel) is unique, so a cause that runs again writes nothing twice. The statements do not grow with
 * the number of recipients (a group of fifty is told with the same five statements as one person). Within one transaction the
 * outbox remembers the keys it wrote or found, so a cause told twice in one command (a task created with an assignee raises
 * "create" and "assignment") costs no statement the second time.
 */
@Component
class NotificationOutbox {

    private static final int CHUNK = 100;

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

    /**
     * Writes the notice's rows for all recipients at once: their e-mail addresses, organizations and the organizations' robots
     * are read in one query each, the rows already written for the same cause in one more, and the missing rows inserted in
     * one statement (per 100 rows), however many recipients there are.
     */
    void write(Notice notice, Collection<String> recipients) {
        write(notice, recipients, false);
    }

    /**
     * As {@link #write}, for a cause that comes into being in this transaction (a task being created): nothing can have
     * been written for it before, except in this transaction, so the outbox is not asked which rows it has.
     */
    void writeNewCause(Notice notice, Collection<String> recipients) {
        write(notice, recipients, true);
    }

    private void write(Notice notice, Collection<String> recipients, boolean newCause) {
        Set<String> writtenHere = writtenInThisTransaction();
        List<String> users = new LinkedHashSet<>(recipients).stream()
                .filter(user -> !writtenHere.contains(new Row(notice, user, Channel.INBOX, null, "SENT").dedupKey())).toList();
        if (users.isEmpty()) {
            return;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Set<String> withEmail = identity.usersWithEmail(users);
        Map<String, String> organizationOf = organizations.organizationsOf(users);
        Set<String> robots = webhooks.existing(organizationOf.values());
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String recipient : users) {
            add(rows, new Row(notice, recipient, Channel.INBOX, null, "SENT"));
            if (withEmail.contains(recipient)) {
                add(rows, new Row(notice, recipient, Channel.EMAIL, null, "PENDING"));
            }
            String organization = organizationOf.get(recipient);
            if (organization != null && robots.contains(organization)) {
                add(rows, new Row(notice, recipient, Channel.WEBHOOK, organization, "PENDING"));
            }
        }
        List<String> keys = List.copyOf(rows.keySet());
        rows.keySet().removeAll(newCause && TransactionSynchronizationManager.isSynchronizationActive() ? writtenHere : written(keys));
        insert(List.copyOf(rows.values()), now);
        writtenHere.addAll(keys);
    }

    /**
     * The dedup keys this transaction has written or found in the outbox (each recipient's rows are written together, so
     * an inbox key stands for all of theirs); outside a transaction, an empty set that is forgotten.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> writtenInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        Set<String> keys = (Set<String>) TransactionSynchronizationManager.getResource(NotificationOutbox.class);
        if (keys == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(NotificationOutbox.class, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NotificationOutbox.class);
                }
            });
            keys = fresh;
        }
        return keys;
    }

    private static void add(Map<String, Row> rows, Row row) {
        rows.putIfAbsent(row.dedupKey(), row);
    }

    /** Which of these dedup keys the outbox has already. */
    private Set<String> written(List<String> dedupKeys) {
        Set<String> written = new HashSet<>();
        for (int from = 0; from < dedupKeys.size(); from += CHUNK) {
            written.addAll(jdbc.sql("select dedup_key from notification_outbox where dedup_key in (:keys)")
                    .param("keys", dedupKeys.subList(from, Math.min(dedupKeys.size(), from + CHUNK))).query(String.class).list());
        }
        return written;
    }

    private void insert(List<Row> rows, Instant now) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("""
                    insert into notification_outbox (dedup_key, cause_key, channel, recipient, target, kind, title, body, link, status,
                        attempts, next_attempt_at, created_at, sent_at) values """);
            List<Object> params = new ArrayList<>();
            for (Row row : chunk) {
                sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)");
                Notice notice = row.notice();
                params.addAll(Arrays.asList(row.dedupKey(), notice.causeKey(), row.channel().name(), row.recipient(), row.target(),
                        notice.kind().name(), TextRules.abbreviate(notice.title(), 199), TextRules.abbreviate(notice.body(), 999), notice.link(),
                        row.status(), Rows.value(now), Rows.value(now), "SENT".equals(row.status()) ? Rows.value(now) : null));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** One outbox row: its dedup key is (cause, recipient or robot's organization, channel). */
    private record Row(Notice notice, String recipient, Channel channel, String target, String status) {

        String dedupKey() {
            return notice.causeKey() + "|" + (target == null ? recipient : target) + "|" + channel;
        }
    }
}
