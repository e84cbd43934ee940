package cn.excellence.starrating;

/** Where a 五星级 nomination stands: org-dept's first review, returned to the nominator, the verifying spot check, decided. */
public enum FiveStarNominationStatus {
    ORG_DEPT_REVIEW("组织部初审"),
    RETURNED("退回修改"),
    CHECKING("抽查核验中"),
    AWARDED("已授五星级"),
    REFUSED("未通过");

    private final String label;

    FiveStarNominationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
