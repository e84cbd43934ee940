package cn.excellence.organization;

/** The kind of a Party organization: 党委, 党总支, 党支部; the banner committee is the root. */
public enum OrganizationKind {
    BANNER_COMMITTEE,
    PARTY_COMMITTEE,
    GENERAL_BRANCH,
    BRANCH
}
