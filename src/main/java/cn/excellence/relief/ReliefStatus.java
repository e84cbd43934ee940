package cn.excellence.relief;

/** Where a relief application stands; the name is what its row stores. */
public enum ReliefStatus {
    TOWNSHIP_REVIEW("苏木镇审核中"),
    ORG_DEPT_APPROVAL("组织部审批中"),
    APPROVED("已批准，待拨付"),
    REJECTED("未获批准"),
    PAID("已拨付"),
    NOT_PAID("未拨付");

    private final String label;

    ReliefStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
