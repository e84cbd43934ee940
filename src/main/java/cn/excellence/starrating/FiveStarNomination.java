package cn.excellence.starrating;

import java.time.Instant;

/** A nomination of a branch for 五星级 in one year, with the nominator's reasons (事迹) and the verifying spot check. */
record FiveStarNomination(long id, String organizationCode, int year, String reasons, String nominatedBy, String nominatingOrgCode,
        FiveStarNominationStatus status, String reviewComment, Long spotCheckId, String processInstanceId, Instant createdAt,
        Instant updatedAt) {
}
