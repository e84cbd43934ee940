package cn.excellence.themes;

/** Where an organization's theme registration stands; approved means covered (已覆盖). */
public enum ThemeStatus {
    UNREGISTERED("未登记"),
    SUBMITTED("待审核"),
    RETURNED("已退回"),
    APPROVED("已通过");

    private final String label;

    ThemeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
