package cn.excellence.visits;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** Contact points, the calendar, isolation, photos, 慰问金 and bad input, on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class VisitsPostgresTests extends VisitsTests {
}
