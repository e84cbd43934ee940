package cn.excellence.relief;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** Relief for one member and for groups again, on a real PostgreSQL: the relief's record as its repository reads it back. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class HardshipReliefProcessPostgresTests extends HardshipReliefProcessTests {
}
