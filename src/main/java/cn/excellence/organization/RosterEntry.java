package cn.excellence.organization;

import java.time.LocalDate;

/**
 * A member as their organization's list shows them (党员名册): the roster's fields, with the identity number masked
 * (first six and last four characters) since a list has no need of the whole number.
 */
public record RosterEntry(long id, String name, String gender, String organizationCode, String occupation, boolean generated,
        String position, LocalDate birthDate, LocalDate joinedOn, String phone, String identityNumber, boolean pre1949Veteran,
        boolean hardship) {

    static String mask(String identityNumber) {
        return identityNumber == null ? null : identityNumber.substring(0, 6) + "********" + identityNumber.substring(14);
    }
}
