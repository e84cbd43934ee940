package cn.excellence.organization;

/** A Party member (党员) and the organization they belong to. */
public record PartyMember(long id, String name, String gender, String organizationCode, String occupation,
        boolean generated) {
}
