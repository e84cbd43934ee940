package cn.excellence.shared.engine.authorization;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;
import cn.excellence.support.StatementLog;

/** The task-query authorization shortcut on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class TaskQueryAuthorizationPostgresTests extends TaskQueryAuthorizationTests {

    @Autowired
    TaskQueryAuthorizationPostgresTests(@LocalServerPort int port, ProcessEngine engine, StatementLog statements) {
        super(port, engine, statements);
    }
}
