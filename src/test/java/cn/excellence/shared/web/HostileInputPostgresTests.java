package cn.excellence.shared.web;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The hostile inputs on a real PostgreSQL, which refuses NUL in text where H2 stores it. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class HostileInputPostgresTests extends HostileInputTests {
}
