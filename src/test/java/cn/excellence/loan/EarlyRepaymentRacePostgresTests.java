package cn.excellence.loan;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The early repayment's race with the subsidy job on PostgreSQL, which waits for row locks without a timeout. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class EarlyRepaymentRacePostgresTests extends EarlyRepaymentRaceTests {
}
