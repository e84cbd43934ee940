package cn.excellence.shared.monitoring;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The engine's gauges and the endpoint's security on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class PrometheusEndpointPostgresTests extends PrometheusEndpointTests {
}
