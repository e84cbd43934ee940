package cn.excellence.starrating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.excellence.shared.TaskInputException;

/** The points rule and the criteria lines, without the engine. */
class StarPointsTests {

    private static ScoreRow row(List<Integer> scores, int good, int fair, int average, int poor) {
        return new ScoreRow(1, "王建国", true, scores, good, fair, average, poor, null, null, null, null, null);
    }

    @Test
    void democraticVotesAreWorthTwentyPointsWhenAllAreGood() {
        assertThat(StarPoints.democratic(10, 0, 0, 0)).isEqualTo(20);
        assertThat(StarPoints.democratic(0, 10, 0, 0)).isEqualTo(16);
        assertThat(StarPoints.democratic(0, 0, 10, 0)).isEqualTo(12);
        assertThat(StarPoints.democratic(0, 0, 0, 10)).isZero();
        assertThat(StarPoints.democratic(8, 2, 0, 0)).as("19.2 rounds down").isEqualTo(19);
        assertThat(StarPoints.democratic(1, 1, 0, 0)).as("18 exactly").isEqualTo(18);
        assertThat(StarPoints.democratic(0, 0, 0, 0)).isZero();
    }

    @Test
    void theServiceBookAddsResidentsPointsCappedByItsItemAndNeverBelowZero() {
        ScoreRow row = row(List.of(15, 10, 20, 15, 10), 10, 0, 0, 0);
        assertThat(StarPoints.of(row, 10, 0)).isEqualTo(90);
        assertThat(StarPoints.of(row, 10, 6)).isEqualTo(96);
        assertThat(StarPoints.of(row, 10, 25)).isEqualTo(100);
        assertThat(StarPoints.of(row, 10, -8)).isEqualTo(90);
    }

    @Test
    void criteriaLinesMustAddUpToEightyWithUniqueNames() {
        assertThat(StarScale.MEMBER_TEN.defaultCriteria()).hasSize(6).filteredOn(Criterion::fromServiceBook).hasSize(1);
        assertThat(Criterion.parse("政治坚定：40\n带头致富:40")).extracting(Criterion::maxPoints).containsExactly(40, 40);
        assertThatThrownBy(() -> Criterion.parse("政治坚定:40\n带头致富:30")).isInstanceOf(TaskInputException.class).hasMessageContaining("当前为 70");
        assertThatThrownBy(() -> Criterion.parse("政治坚定:40\n政治坚定:40")).hasMessageContaining("不重复");
        assertThatThrownBy(() -> Criterion.parse("政治坚定=40")).hasMessageContaining("名称:分值");
        assertThatThrownBy(() -> Criterion.parse("  ")).hasMessageContaining("1 到 12 项");
    }
}
