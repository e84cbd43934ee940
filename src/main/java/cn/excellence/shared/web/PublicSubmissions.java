package cn.excellence.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;

import org.springframework.http.HttpStatus;

/**
 * The one limit on what the public (no login) may send: at most {@value #MAX_PER_HOUR} submissions of a kind an hour
 * from one client address — objections to a notice, residents' 功劳簿 entries. Each module counts its own rows (so
 * every node sees the same count); this class says the window, the limit and the refusal.
 */
public final class PublicSubmissions {

    public static final int MAX_PER_HOUR = 5;
    public static final Duration WINDOW = Duration.ofHours(1);

    private PublicSubmissions() {
    }

    /**
     * Refuses with 429 when the address already sent {@value #MAX_PER_HOUR} within the hour before {@code now};
     * {@code sentSince} counts the address's submissions since the instant it is given, {@code what} names them (异议).
     */
    public static void checkRate(Instant now, ToLongFunction<Instant> sentSince, String what) {
        if (sentSince.applyAsLong(now.minus(WINDOW)) >= MAX_PER_HOUR) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁：每小时最多提交 " + MAX_PER_HOUR + " 条" + what + "，请稍后再试。");
        }
    }
}
