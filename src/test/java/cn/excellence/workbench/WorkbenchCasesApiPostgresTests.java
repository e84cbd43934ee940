package cn.excellence.workbench;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** 我的事项, its filters, the timeline and their isolation and bad input on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class WorkbenchCasesApiPostgresTests extends WorkbenchCasesApiTests {
}
