package cn.excellence.starrating;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The 功劳簿 feeding the star rating again, on a real PostgreSQL in the production profile. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class StarRatingServiceBookPostgresTests extends StarRatingServiceBookTests {
}
