package cn.excellence.supervision;

import java.time.Instant;
import java.util.List;

/** A month's supervision cycle (月度督查) as recorded: who reports by when, how the spot checks are drawn and scored. */
record SupervisionCycle(long id, String period, Instant reportDue, int sampleSize, long seed, String strata, List<String> checklist,
        CycleStatus status, String processInstanceId, String createdBy, Instant createdAt) {

    /** Stratified by organization kind (党委、总支、支部) rather than drawn from one pool. */
    boolean stratifiedByKind() {
        return "KIND".equals(strata);
    }
}
