package cn.excellence.orgchange;

import java.time.LocalDate;

/** One reserve cadre (后备干部) in the register: the member, their organization and township, type and since when. */
public record ReserveCadre(long id, long memberId, String memberName, String organizationCode, String townshipCode, CadreType type,
        String typeLabel, LocalDate since, String registeredBy) {
}
