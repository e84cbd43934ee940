package cn.excellence.starrating;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The star-rating API again, on a real PostgreSQL in the production profile. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class StarRatingApiPostgresTests extends StarRatingApiTests {
}
