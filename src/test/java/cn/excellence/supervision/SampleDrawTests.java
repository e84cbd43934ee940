package cn.excellence.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SampleDrawTests {

    static final List<String> POPULATION = IntStream.rangeClosed(1, 548).mapToObj(i -> "org-" + i).toList();

    @Test
    void theSameSeedDrawsTheSameSampleWithoutRepeats() {
        List<String> first = SampleDraw.draw(POPULATION, Set.of(), 10, 20260701L, c -> "ALL");
        List<String> again = SampleDraw.draw(POPULATION, Set.of(), 10, 20260701L, c -> "ALL");
        List<String> other = SampleDraw.draw(POPULATION, Set.of(), 10, 20260801L, c -> "ALL");

        assertThat(first).hasSize(10).doesNotHaveDuplicates().isEqualTo(again);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void anOrganizationCheckedLastCycleIsAboutHalfAsLikelyToBeDrawnAgain() {
        Set<String> checked = Set.copyOf(POPULATION.subList(0, 274));
        long recheckedDraws = 0;
        long otherDraws = 0;
        for (long seed = 0; seed < 400; seed++) {
            for (String drawn : SampleDraw.draw(POPULATION, checked, 10, seed, c -> "ALL")) {
                if (checked.contains(drawn)) {
                    recheckedDraws++;
                } else {
                    otherDraws++;
                }
            }
        }
        double ratio = (double) recheckedDraws / otherDraws;
        assertThat(ratio).isBetween(0.4, 0.65);
    }

    @Test
    void strataGetTheirShareOfTheSample() {
        List<String> sample = SampleDraw.draw(POPULATION, Set.of(), 10, 1L, c -> Integer.parseInt(c.substring(4)) <= 110 ? "SMALL" : "LARGE");
        assertThat(sample.stream().filter(c -> Integer.parseInt(c.substring(4)) <= 110)).hasSize(2);
    }

    @Test
    void aSampleLargerThanThePopulationIsRefused() {
        assertThatThrownBy(() -> SampleDraw.draw(POPULATION, Set.of(), 549, 1L, c -> "ALL"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("抽查数量应为 1 到 548");
        assertThatThrownBy(() -> SampleDraw.draw(POPULATION, Set.of(), 0, 1L, c -> "ALL")).isInstanceOf(IllegalArgumentException.class);
    }
}
