package cn.excellence.relief;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.fund.FundLedger;
import cn.excellence.support.EmbeddedPostgresConfiguration;

/** A stuck batch and its retry on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class ReliefBatchRetryPostgresTests extends ReliefBatchRetryTests {

    @Autowired
    ReliefBatchRetryPostgresTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc, FundLedger ledger) {
        super(port, engine, jdbc, ledger);
    }
}
