package cn.excellence.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code excellence.notification.*}: how often the dispatcher runs and how often overdue tasks are looked for (0: never by
 * itself), how a failed delivery is retried,
 * the sender address of the mails and the address of this application that the links in mails and robot messages start with.
 */
@ConfigurationProperties("excellence.notification")
record NotificationProperties(@DefaultValue("30s") Duration dispatchInterval, @DefaultValue("5m") Duration overdueScanInterval, @DefaultValue("5") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry, @DefaultValue("2m") Duration lease, @DefaultValue("08:00") String digestTime,
        @DefaultValue("noreply@excellence.invalid") String mailFrom, @DefaultValue("http://localhost:8080") String baseUrl) {
}
