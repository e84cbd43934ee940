package cn.excellence.shared.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused because of too many wrong passwords from this address: answered 429 with how long to wait. */
class LoginThrottledException extends AuthenticationException {

    private final transient Duration wait;

    LoginThrottledException(Duration wait) {
        super(LoginThrottle.message(wait));
        this.wait = wait;
    }

    Duration waitFor() {
        return wait;
    }
}
