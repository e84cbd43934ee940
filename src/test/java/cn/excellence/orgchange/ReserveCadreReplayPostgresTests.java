package cn.excellence.orgchange;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The 两委换届 replay (35 reserve cadres elected), the start form and refused input on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class ReserveCadreReplayPostgresTests extends ReserveCadreReplayTests {
}
