package cn.excellence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.excellence.support.AppNodes;
import cn.excellence.support.AppNodes.Node;
import jakarta.mail.internet.MimeMessage;

/**
 * Two engine nodes, as production runs them: two application JVMs on one PostgreSQL, each with its job executor and its
 * notification dispatcher on, sending mail to one SMTP server (GreenMail) this test owns. A reminder timer made due fires
 * on one node, and its recipient gets exactly one inbox entry and one e-mail; with the mail server down at the first
 * attempt, the mail arrives once after the retry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeNotificationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String REMINDER_TIMER = "BoundaryEvent_SubmitReminder";

    private AppNodes cluster;
    private JdbcClient jdbc;
    private List<Node> nodes;
    private int smtpPort;
    private GreenMail mail;

    @BeforeAll
    void startTwoNodes() throws Exception {
        smtpPort = AppNodes.freePort();
        mail = startMail();
        cluster = AppNodes.start("two-nodes", List.of("node-a", "node-b"), List.of(
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000",
                "--excellence.notification.dispatch-interval=1s",
                "--excellence.notification.first-retry=2s",
                "--excellence.notification.max-attempts=10",
                "--excellence.notification.overdue-scan-interval=0s",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.connectiontimeout=5000",
                "--spring.mail.properties.mail.smtp.timeout=5000"));
        jdbc = cluster.jdbc();
        nodes = cluster.nodes();
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (mail != null) {
            mail.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aReminderTimerOnTwoNodesGivesExactlyOneInboxEntryAndOneMailPerRecipient() throws Exception {
        cluster.onFailurePrintLogs(() -> {
            String instance = cluster.openRound(nodes.get(0), "wulashan");
            cluster.makeTimerDue(nodes.get(1), REMINDER_TIMER, instance);

            waitUntil(() -> reminderRows("INBOX", "secretary-wulashan") > 0 && remindersMailedTo("secretary-wulashan") > 0,
                    "the reminder fired and its mail went out");
            Thread.sleep(Duration.ofSeconds(5).toMillis()); // both dispatchers run several more rounds: nothing more may arrive

            List<String> recipients = jdbc.sql("""
                    select distinct o.recipient from notification_outbox o join reminder r on o.cause_key = concat('REMINDER:', r.id)
                    where r.process_instance_id = ? and o.channel = 'INBOX'""").param(instance).query(String.class).list();
            assertThat(recipients).contains("secretary-wulashan");
            for (String recipient : recipients) {
                assertThat(inboxReminders(recipient)).as("inbox entries of %s", recipient).isEqualTo(1);
                assertThat(remindersMailedTo(recipient)).as("mails to %s", recipient).isEqualTo(1);
            }
            assertThat(jdbc.sql("select count(*) from act_hi_job_log where act_id_ = ? and process_instance_id_ = ? and job_state_ = 2")
                    .params(REMINDER_TIMER, instance).query(Long.class).single()).as("the timer ran once, on one node").isEqualTo(1);
        });
    }

    @Test
    void aMailServerDownAtTheFirstAttemptGetsTheReminderOnceAfterTheRetry() throws Exception {
        cluster.onFailurePrintLogs(() -> {
            mail.stop();
            String instance = cluster.openRound(nodes.get(1), "xinan");
            cluster.makeTimerDue(nodes.get(0), REMINDER_TIMER, instance);

            waitUntil(() -> failedAttempts("secretary-xinan") > 0, "the first attempt failed while the mail server was down");
            assertThat(jdbc.sql("select status from notification_outbox where kind = 'REMINDER' and channel = 'EMAIL' and recipient = ?")
                    .param("secretary-xinan").query(String.class).single()).isEqualTo("PENDING");
            mail = startMail();

            waitUntil(() -> remindersMailedTo("secretary-xinan") > 0, "the retry delivered the mail");
            Thread.sleep(Duration.ofSeconds(5).toMillis());
            assertThat(remindersMailedTo("secretary-xinan")).isEqualTo(1);
            assertThat(inboxReminders("secretary-xinan")).isEqualTo(1);
            Map<String, Object> row = jdbc.sql("select status, attempts from notification_outbox where kind = 'REMINDER' and channel = 'EMAIL' and recipient = ?")
                    .param("secretary-xinan").query().singleRow();
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat(((Number) row.get("attempts")).intValue()).as("failed first, then sent").isGreaterThanOrEqualTo(2);
        });
    }

    // --- the cases, through the nodes' API as their users ---

    private long inboxReminders(String user) {
        ResponseEntity<Map<String, Object>> inbox = nodes.get(1).http().get(user, "/api/inbox?size=200");
        assertThat(inbox.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((List<?>) inbox.getBody().get("content")).stream().filter(e -> "REMINDER".equals(((Map<?, ?>) e).get("kind"))).count();
    }

    private long reminderRows(String channel, String recipient) {
        return jdbc.sql("select count(*) from notification_outbox where kind = 'REMINDER' and channel = ? and recipient = ?")
                .params(channel, recipient).query(Long.class).single();
    }

    private long failedAttempts(String recipient) {
        return jdbc.sql("select count(*) from notification_outbox where kind = 'REMINDER' and channel = 'EMAIL' and recipient = ? and attempts > 0")
                .param(recipient).query(Long.class).single();
    }

    private long remindersMailedTo(String user) {
        return Stream.of(mail.getReceivedMessages()).filter(m -> to(m).equals(user + "@example.invalid"))
                .filter(m -> subject(m).contains("提醒")).count();
    }

    // --- the nodes ---

    private GreenMail startMail() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        AppNodes.waitUntil(condition, PATIENCE, what);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
