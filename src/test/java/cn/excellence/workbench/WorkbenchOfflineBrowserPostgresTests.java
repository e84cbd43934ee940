package cn.excellence.workbench;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The offline draft, the queued completion sent exactly once, and the cached reload, on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class WorkbenchOfflineBrowserPostgresTests extends WorkbenchOfflineBrowserTests {
}
