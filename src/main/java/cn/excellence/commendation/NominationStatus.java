package cn.excellence.commendation;

/** Where a nomination (推荐) stands. */
public enum NominationStatus {
    CHECKING("资格审查中"),
    INELIGIBLE("不符合条件"),
    TOWNSHIP_REVIEW("苏木镇审核中"),
    RETURNED("已退回修改"),
    ORG_DEPT_REVIEW("组织部审核中"),
    REJECTED("审核未通过"),
    NOMINATED("已推荐，待遴选"),
    SELECTED("拟表彰"),
    NOT_SELECTED("未入选"),
    ON_NOTICE("公示中"),
    WITHDRAWN("已撤销"),
    COMMENDED("已表彰");

    private final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
