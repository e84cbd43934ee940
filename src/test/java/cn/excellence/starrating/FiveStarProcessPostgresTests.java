package cn.excellence.starrating;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The 五星级 processes (award, refusal, return, annual review, revocation) on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class FiveStarProcessPostgresTests extends FiveStarProcessTests {
}
