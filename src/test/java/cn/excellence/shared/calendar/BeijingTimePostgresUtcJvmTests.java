package cn.excellence.shared.calendar;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** Beijing time in a UTC JVM on a real PostgreSQL, whose driver converts timestamps in the JVM's zone too. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class BeijingTimePostgresUtcJvmTests extends BeijingTimeUtcJvmTests {
}
