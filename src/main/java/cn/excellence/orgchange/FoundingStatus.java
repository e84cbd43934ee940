package cn.excellence.orgchange;

/** Where a founding (成立党组织) stands. */
public enum FoundingStatus {
    APPLIED("待组织部审批"),
    RETURNED("退回修改"),
    ELECTING("待选举第一届委员会"),
    FILING("待组织部备案审查"),
    FILED("已成立并备案");

    private final String label;

    FoundingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
