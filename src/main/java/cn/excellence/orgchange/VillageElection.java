package cn.excellence.orgchange;

import java.time.Instant;

/** One 两委换届 result: the village organization, year, office, the member elected, their votes and whether a reserve cadre. */
public record VillageElection(long id, int year, String organizationCode, String townshipCode, VillageOffice office, String officeLabel,
        long memberId, String memberName, int votes, boolean reserveCadre, String recordedBy, Instant recordedAt, String processInstanceId) {
}
