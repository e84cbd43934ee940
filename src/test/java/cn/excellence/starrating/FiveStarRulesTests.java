package cn.excellence.starrating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.excellence.shared.TaskInputException;
import cn.excellence.supervision.SpotCheckOutcome;

/** When a spot check keeps or wins the star, and the reason the history keeps. */
class FiveStarRulesTests {

    @Test
    void eightyPointsWithEveryFindingVerifiedPass() {
        assertThat(FiveStarRules.passed(new SpotCheckOutcome(1, "b", 80, 0, 0, true))).isTrue();
        assertThat(FiveStarRules.passed(new SpotCheckOutcome(1, "b", 95, 2, 0, true))).isTrue();
    }

    @Test
    void aLowScoreOpenFindingsOrAnUnfinishedCheckFail() {
        assertThat(FiveStarRules.passed(new SpotCheckOutcome(1, "b", 79, 0, 0, true))).isFalse();
        assertThat(FiveStarRules.passed(new SpotCheckOutcome(1, "b", 95, 2, 1, true))).isFalse();
        assertThat(FiveStarRules.passed(new SpotCheckOutcome(1, "b", 95, 0, 0, false))).isFalse();
        assertThat(FiveStarRules.passed(new SpotCheckOutcome(1, "b", null, 0, 0, false))).isFalse();
    }

    @Test
    void theReasonNamesTheYearTheScoreAndThePassMark() {
        assertThat(FiveStarRules.verdict(2026, "复核", new SpotCheckOutcome(1, "b", 62, 0, 0, true))).isEqualTo("2026年复核抽查得分 62 分，低于 80 分");
        assertThat(FiveStarRules.verdict(2026, "核验", new SpotCheckOutcome(1, "b", 90, 0, 0, true))).isEqualTo("2026年核验抽查得分 90 分，达到 80 分");
        assertThat(FiveStarRules.verdict(2026, "核验", new SpotCheckOutcome(1, "b", 90, 1, 1, true)))
                .isEqualTo("2026年核验抽查得分 90 分，但发现的问题尚未整改核验");
    }

    @Test
    void theYearIsAWholeNumberFrom2000ToNextYear() {
        assertThat(FiveStarRules.year(2026)).isEqualTo(2026);
        assertThat(FiveStarRules.year("2026")).isEqualTo(2026);
        assertThatThrownBy(() -> FiveStarRules.year(1999)).isInstanceOf(TaskInputException.class).hasMessageContaining("年度");
        assertThatThrownBy(() -> FiveStarRules.year(3000)).isInstanceOf(TaskInputException.class).hasMessageContaining("年度");
        assertThatThrownBy(() -> FiveStarRules.year("二〇二六")).isInstanceOf(TaskInputException.class).hasMessageContaining("年度");
        assertThatThrownBy(() -> FiveStarRules.year(null)).isInstanceOf(TaskInputException.class).hasMessageContaining("年度");
    }
}
