package cn.excellence.shared.cases;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/** The latest of a record's times (the ones it has). */
public final class CaseTimes {

    private CaseTimes() {
    }

    public static Instant latest(Instant... times) {
        return Arrays.stream(times).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
