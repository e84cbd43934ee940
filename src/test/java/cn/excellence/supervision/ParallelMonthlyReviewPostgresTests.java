package cn.excellence.supervision;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The 22 monthly reports reviewed at the same instant, on a real PostgreSQL (where a conflict shows). */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class ParallelMonthlyReviewPostgresTests extends ParallelMonthlyReviewTests {
}
