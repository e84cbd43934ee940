package cn.excellence.themes;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The themes API again, on a real PostgreSQL in the production profile. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class ThemeApiPostgresTests extends ThemeApiTests {
}
