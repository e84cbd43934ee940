package cn.excellence.shared.account;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The production start (prod,postgres): no known password, the first administrator, the policy, on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test", "prod"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class ProdProfilePostgresTests extends ProdProfileTests {
}
