package cn.excellence.dutyreview;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** A duty-review round opened through its start form on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class DutyReviewRoundStartFormPostgresTests extends DutyReviewRoundStartFormTests {

    @Autowired
    DutyReviewRoundStartFormPostgresTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc) {
        super(port, engine, jdbc);
    }
}
