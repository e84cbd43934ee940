package cn.excellence.workbench;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The workbench's task API on a real PostgreSQL: idempotent completion under a race, drafts, starts, 已办. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class WorkbenchApiPostgresTests extends WorkbenchApiTests {
}
