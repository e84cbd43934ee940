package cn.excellence.organization;

/** The field (领域) an organization works in. */
public enum Sector {
    BANNER, TOWNSHIP, VILLAGE, ENTERPRISE, ORGAN, COMMUNITY, SCHOOL, HEALTH
}
