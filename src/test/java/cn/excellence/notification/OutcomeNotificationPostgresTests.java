package cn.excellence.notification;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** 办结 and 逾期 again on a real PostgreSQL, where two nodes' overdue scans race on its unique key. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class OutcomeNotificationPostgresTests extends OutcomeNotificationTests {
}
