package cn.excellence.organization;

/** What the features need to know of a Party member: their organization, good standing (正常状态) and village position, if any. */
public record MemberProfile(long id, String name, String organizationCode, boolean goodStanding, String position) {
}
