package cn.excellence.modeling;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The model gate, its audit and its run-time checks on a real PostgreSQL (the tampered model is a bytea there). */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class ModelGatePostgresTests extends ModelGateTests {
}
