package cn.excellence.shared.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** Login throttling on a real PostgreSQL: its own upsert and row locks. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import({EmbeddedPostgresConfiguration.class, LoginThrottleTests.LoginEvents.class})
class LoginThrottlePostgresTests extends LoginThrottleTests {

    @Autowired
    LoginThrottlePostgresTests(@LocalServerPort int port, LoginEvents events, LoginThrottle throttle, LoginThrottleStore store) {
        super(port, events, throttle, store);
    }
}
