package cn.excellence.organization;

import java.time.LocalDate;

/** A member as one roster row states them (codes as stored in {@code party_member}); equal rows change nothing. */
record RosterMember(String identityNumber, String name, String gender, LocalDate birthDate, LocalDate joinedOn,
        String organizationCode, String position, String occupation, String phone, boolean pre1949Veteran, boolean hardship) {
}
