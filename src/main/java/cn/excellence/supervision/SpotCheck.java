package cn.excellence.supervision;

import java.time.Instant;

/**
 * One organization drawn for a spot check (随机抽查) in a cycle, with its score and rectification; a check requested
 * outside the monthly cycles (e.g. 五星级支部核验) has no {@code cycleId} but a {@code purpose}.
 */
record SpotCheck(long id, Long cycleId, String organizationCode, int drawOrder, SpotCheckStatus status, Integer score, String notes,
        String inspector, String rectification, String verifyComment, int sentBack, boolean overdue, String purpose, Instant requestedAt) {
}
