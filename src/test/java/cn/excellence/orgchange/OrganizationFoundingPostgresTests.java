package cn.excellence.orgchange;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** 成立党组织 (补录 of 公田村党委, a new organization, election rules, isolation) on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class OrganizationFoundingPostgresTests extends OrganizationFoundingTests {
}
