package cn.excellence.starrating;

import java.time.Instant;

/** A branch that holds 五星级 now: since which year, its township (null outside the townships), when its star last moved. */
public record FiveStarBranch(String organizationCode, String name, String townshipCode, String townshipName, Integer sinceYear,
        Instant updatedAt) {
}
