package cn.excellence.notification;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** A notice to everyone in a fixed few statements, on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class NotificationOutboxStatementsPostgresTests extends NotificationOutboxStatementsTests {
}
