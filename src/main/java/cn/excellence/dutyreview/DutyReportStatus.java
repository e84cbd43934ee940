package cn.excellence.dutyreview;

/** Where a duty report stands. */
public enum DutyReportStatus {
    AWAITING_REPORT("待提交"),
    IN_PRE_REVIEW("预审中"),
    RETURNED("已退回修改"),
    IN_RATING("评议中"),
    ESCALATED("评议不足，待组织部处理"),
    RATED("已评定"),
    RECTIFYING("待提交整改方案"),
    RECTIFICATION_SUBMITTED("已提交整改方案");

    private final String label;

    DutyReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
