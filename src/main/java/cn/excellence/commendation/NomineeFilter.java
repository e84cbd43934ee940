package cn.excellence.commendation;

/** Who a category is for (评选对象): an organization of a kind, or a member in a position. */
public enum NomineeFilter {
    TOWNSHIP_COMMITTEE(true, "苏木镇党委"),
    VILLAGE_ORGANIZATION(true, "嘎查村党组织"),
    ENTERPRISE_ORGANIZATION(true, "企业（合作经济组织）党组织"),
    VILLAGE_SECRETARY(false, "嘎查村党组织书记"),
    VILLAGE_HEAD(false, "嘎查村主任"),
    ANY_MEMBER(false, "党员");

    private final boolean organization;
    private final String label;

    NomineeFilter(boolean organization, String label) {
        this.organization = organization;
        this.label = label;
    }

    public boolean organization() {
        return organization;
    }

    public String label() {
        return label;
    }
}
