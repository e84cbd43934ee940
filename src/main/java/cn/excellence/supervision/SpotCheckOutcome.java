package cn.excellence.supervision;

/**
 * A spot check's result as other modules read it: the inspection score (0–100, null until inspected), the findings and
 * how many of them are not yet accepted, and whether the check is closed (clean, or every finding rectified and verified).
 */
public record SpotCheckOutcome(long spotCheckId, String organizationCode, Integer score, long findings, long openFindings, boolean closed) {

    /** Closed with every finding rectified and verified (or none found). */
    public boolean settled() {
        return closed && openFindings == 0;
    }
}
