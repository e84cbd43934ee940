package cn.excellence.loan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityNumbersTests {

    /** 11010519491231002X is the standard's own example. */
    @Test
    void theCheckDigitIsVerified() {
        assertThat(IdentityNumbers.valid("11010519491231002X")).isTrue();
        assertThat(IdentityNumbers.valid("110105194912310021")).isFalse();
        assertThat(IdentityNumbers.valid("11010519491231002x")).isFalse();
        assertThat(IdentityNumbers.valid("1101051949123100")).isFalse();
        assertThat(IdentityNumbers.valid("11010519491231002X1")).isFalse();
        assertThat(IdentityNumbers.valid(null)).isFalse();
    }

    @Test
    void onlyTheRegionAndTheLastFourAreShown() {
        assertThat(IdentityNumbers.masked("11010519491231002X")).isEqualTo("110105********002X");
    }
}
