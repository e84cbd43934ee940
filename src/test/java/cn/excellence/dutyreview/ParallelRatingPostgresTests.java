package cn.excellence.dutyreview;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** Five raters at the same instant, twenty reports, on a real PostgreSQL (where a conflict shows). */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class ParallelRatingPostgresTests extends ParallelRatingTests {
}
