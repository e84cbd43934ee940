package cn.excellence.shared.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling per user and client address ({@code excellence.login.*}): after {@code freeAttempts}
 * wrong passwords, each further one refuses that address for twice as long as the last, starting at
 * {@code firstDelay} and never longer than {@code maxDelay}; failures are forgotten {@code resetAfter}
 * the last one.
 */
@ConfigurationProperties("excellence.login")
record LoginThrottleProperties(int freeAttempts, Duration firstDelay, Duration maxDelay, Duration resetAfter) {

    LoginThrottleProperties {
        freeAttempts = freeAttempts <= 0 ? 5 : freeAttempts;
        firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        resetAfter = resetAfter == null ? Duration.ofHours(24) : resetAfter;
        if (resetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("excellence.login.reset-after must not be shorter than excellence.login.max-delay");
        }
    }

    /** How long an address is refused after this many wrong passwords in a row; zero while attempts are free. */
    Duration delayAfter(int failures) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
