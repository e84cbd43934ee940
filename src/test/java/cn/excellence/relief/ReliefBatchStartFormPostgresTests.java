package cn.excellence.relief;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** 批量救助 started through its start form on a real PostgreSQL: a refused duplicate rolls back to its savepoint only. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class ReliefBatchStartFormPostgresTests extends ReliefBatchStartFormTests {

    @Autowired
    ReliefBatchStartFormPostgresTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc, ReliefBatchService batches) {
        super(port, engine, jdbc, batches);
    }
}
