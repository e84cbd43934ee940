package cn.excellence.shared.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;
import cn.excellence.support.StatementLog;

/** The HTTP Basic cache on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class BasicAuthCachePostgresTests extends BasicAuthCacheTests {

    @Autowired
    BasicAuthCachePostgresTests(@LocalServerPort int port, IdentityService identity, AuthenticationManager authentication,
            StatementLog statements) {
        super(port, identity, authentication, statements);
    }
}
