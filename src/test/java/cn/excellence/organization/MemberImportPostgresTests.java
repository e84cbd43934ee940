package cn.excellence.organization;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The roster import on a real PostgreSQL: the sequence, the unique identity numbers, one transaction. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class MemberImportPostgresTests extends MemberImportTests {

    @Autowired
    MemberImportPostgresTests(@LocalServerPort int port, JdbcClient jdbc) {
        super(port, jdbc);
    }
}
