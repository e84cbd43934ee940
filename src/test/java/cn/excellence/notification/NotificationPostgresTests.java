package cn.excellence.notification;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** Notifications on a real PostgreSQL: the outbox in the cause's transaction, retries, and two dispatchers at once. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class NotificationPostgresTests extends NotificationTests {
}
