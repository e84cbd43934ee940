package cn.excellence.dutyreview;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** A submission's statements (the form read once, org-dept told in two), on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class DutyReportStatementsPostgresTests extends DutyReportStatementsTests {
}
