package cn.excellence.themes;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The themes replay, return, timers, isolation and refusals again, on a real PostgreSQL in the production profile. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class ThemeProcessPostgresTests extends ThemeProcessTests {
}
