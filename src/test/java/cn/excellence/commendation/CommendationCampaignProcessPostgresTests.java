package cn.excellence.commendation;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The source's commendation campaign again, on a real PostgreSQL in the production profile. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class CommendationCampaignProcessPostgresTests extends CommendationCampaignProcessTests {
}
