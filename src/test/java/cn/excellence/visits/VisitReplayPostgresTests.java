package cn.excellence.visits;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The year's 373 visits, 5 groups and 23,000 yuan, on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class VisitReplayPostgresTests extends VisitReplayTests {
}
