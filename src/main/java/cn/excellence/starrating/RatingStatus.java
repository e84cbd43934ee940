package cn.excellence.starrating;

/** Where a branch's rating stands, with its Chinese label (API: 我的事项's status filter). */
public enum RatingStatus {
    ENTERING("录入自评"),
    PROPOSING("支部委员会提议"),
    TOWNSHIP_REVIEW("上级审核"),
    RETURNED("退回修改"),
    ORG_DEPT_CONFIRM("组织部确认"),
    NOTICE("公示中"),
    RECORDED("已记录");

    private final String label;

    RatingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The branch may still change its scoring sheet. */
    public boolean editable() {
        return this == ENTERING || this == RETURNED;
    }
}
