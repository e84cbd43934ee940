package cn.excellence.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.LoginEvent.Outcome;
import cn.excellence.shared.security.LoginThrottleStore.Throttle;

/**
 * Throttles logins per user and client address, so that wrong passwords from one address never lock
 * the user out elsewhere. Every password check of the engine comes here; every failure, refusal and
 * unlock is logged and published as a {@link LoginEvent}, and so is a success through a login form
 * (not HTTP Basic, which checks the password on every request). Time is the engine's clock.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** The engine's user ids are at most this long; a longer one cannot log in and is not counted. */
    private static final int MAX_USER_ID_LENGTH = 64;

    private final LoginThrottleStore store;
    private final LoginThrottleProperties rules;
    private final ApplicationEventPublisher events;
    private final BasicAuthCache basicAuthCache;

    LoginThrottle(LoginThrottleStore store, LoginThrottleProperties rules, ApplicationEventPublisher events, BasicAuthCache basicAuthCache) {
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.basicAuthCache = basicAuthCache;
    }

    /** Whole seconds to wait, rounded up: at least one. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** The Chinese message for a refused login: how long to wait, and that an administrator can unlock. */
    static String message(Duration wait) {
        long seconds = seconds(wait);
        String time = seconds < 60 ? seconds + " 秒" : (seconds + 59) / 60 + " 分钟";
        return "登录失败次数过多，请 " + time + "后再试，或联系管理员解锁。";
    }

    /**
     * Checks the password unless the user is throttled at this address: a right password forgets the
     * address's failures, a wrong one counts and may throttle it. Runs in the engine's transaction.
     */
    boolean attempt(String userId, String address, BooleanSupplier passwordMatches) {
        if (userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
            return false;
        }
        Instant now = now();
        Throttle held = store.hold(userId, address);
        if (held.lockedUntil() != null && held.lockedUntil().isAfter(now)) {
            basicAuthCache.forget(userId);
            log.warn("login refused without checking the password: user {} from {} is throttled until {}",
                    printable(userId), address, held.lockedUntil());
            publish(userId, address, Outcome.THROTTLED);
            return false;
        }
        if (passwordMatches.getAsBoolean()) {
            store.forget(userId, address);
            if (ClientAddress.isLoginForm()) {
                publish(userId, address, Outcome.SUCCESS);
            }
            return true;
        }
        basicAuthCache.forget(userId);
        recordFailure(held, now);
        publish(userId, address, Outcome.FAILURE);
        return false;
    }

    private void recordFailure(Throttle held, Instant now) {
        boolean forgotten = held.lastFailureAt() == null || held.lastFailureAt().isBefore(now.minus(rules.resetAfter()));
        int failures = (forgotten ? 0 : held.failures()) + 1;
        Duration delay = rules.delayAfter(failures);
        store.recordFailure(held.userId(), held.clientAddress(), failures, now, delay.isZero() ? null : now.plus(delay));
        if (delay.isZero()) {
            log.warn("login failed: wrong password for user {} from {} ({} in a row)", printable(held.userId()),
                    held.clientAddress(), failures);
        } else {
            log.warn("login failed: wrong password for user {} from {} ({} in a row); that address is throttled for {} s",
                    printable(held.userId()), held.clientAddress(), failures, delay.toSeconds());
        }
    }

    /** How much longer this user is refused at this address, if at all. */
    Optional<Duration> lockedFor(String userId, String address) {
        Instant now = now();
        return store.find(userId, address).map(Throttle::lockedUntil).filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Pairs with a recent failure (within the reset time), the latest first. */
    List<Throttle> current() {
        Instant now = now();
        return store.failedSince(now.minus(rules.resetAfter())).stream()
                .map(t -> t.lockedUntil() == null || t.lockedUntil().isAfter(now) ? t
                        : new Throttle(t.userId(), t.clientAddress(), t.failures(), t.lastFailureAt(), null))
                .toList();
    }

    /** Forgets the user's failures at every address; the addresses that were throttled or counted. */
    @Transactional
    List<String> unlock(String userId, String byAdministrator) {
        List<String> addresses = store.forgetUser(userId);
        log.info("login throttle of user {} cleared by {} (addresses {})", userId, byAdministrator, addresses);
        addresses.forEach(address -> publish(userId, address, Outcome.UNLOCKED));
        return addresses;
    }

    private void publish(String userId, String address, Outcome outcome) {
        events.publishEvent(new LoginEvent(userId, address, outcome));
    }

    /** Daily, on every node (the delete is the same whoever runs it): the pairs whose failures are forgotten. */
    @Scheduled(cron = "${excellence.login.prune-cron:0 40 2 * * *}", zone = WorkingDayCalendar.ZONE_ID)
    void pruneDaily() {
        prune();
    }

    /**
     * Deletes the pairs whose last failure is longer ago than the reset time and that are not refused now: they count
     * nothing any more, and the table would otherwise keep every address that ever mistyped a password. Returns how many.
     */
    @Transactional
    int prune() {
        Instant now = now();
        int deleted = store.deleteForgotten(now.minus(rules.resetAfter()), now);
        if (deleted > 0) {
            log.info("login throttle: forgot {} user/address pairs whose last failure is older than {}", deleted, rules.resetAfter());
        }
        return deleted;
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** A user name as typed by anyone, safe for one log line. */
    private static String printable(String userId) {
        return userId.replaceAll("\\p{Cntrl}", "?");
    }
}
