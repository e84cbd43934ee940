package cn.excellence.dutyreview;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The duty-review API, its bad input, isolation and concurrent completion, on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class DutyReviewApiPostgresTests extends DutyReviewApiTests {
}
