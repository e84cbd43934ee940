package cn.excellence.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The roster's plain rules: identity numbers (GB 11643 check character, birth date) and the date forms a sheet may hold. */
class RosterRulesTests {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "150823198005019999", "440524188001010014"})
    void validIdentityNumbersPass(String number) {
        assertThat(IdentityNumbers.problem(number)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, 校验位不正确",
            "11010519491331002X, 出生日期（第 7-14 位）不是有效日期",
            "11010519490229002X, 出生日期（第 7-14 位）不是有效日期",
            "1101051949123100, 应为 18 位，当前 16 位",
            "1.10105194912E+17, 应为 18 位",
            "11010519491231002Y, 只能由数字组成"})
    void badIdentityNumbersAreRefusedWithTheReason(String number, String reason) {
        assertThat(IdentityNumbers.problem(number)).hasValueSatisfying(message -> assertThat(message).contains(reason));
    }

    @ParameterizedTest
    @CsvSource({"1980-05-01", "1980/5/1", "1980.05.01", "1980年5月1日", "19800501", " 1980-5-1 "})
    void aDateMayBeWrittenAsPeopleWriteIt(String text) {
        assertThat(RosterRowChecks.date(text)).hasValue(LocalDate.of(1980, 5, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1980-02-30", "19801301", "1980-05", "五月一日", "1980-05-01T00:00", "12345"})
    void anythingElseIsNotADate(String text) {
        assertThat(RosterRowChecks.date(text)).isEmpty();
    }
}
