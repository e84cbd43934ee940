package cn.excellence.supervision;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** 发起月度督查 through its start form on a real PostgreSQL: a refused request rolls the cycle's start back with it. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class SupervisionCycleRequestFormPostgresTests extends SupervisionCycleRequestFormTests {

    @Autowired
    SupervisionCycleRequestFormPostgresTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc) {
        super(port, engine, jdbc);
    }
}
