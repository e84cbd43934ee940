package cn.excellence.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginThrottlePropertiesTests {

    private final LoginThrottleProperties rules = new LoginThrottleProperties(0, null, null, null);

    @Test
    void theFirstFourWrongPasswordsAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
        assertThat(rules.delayAfter(4)).isZero();
        assertThat(rules.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(rules.delayAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(rules.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(rules.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(rules.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresMayNotBeForgottenWhileTheyStillThrottle() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LoginThrottleProperties(5, Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofHours(1)));
    }
}
