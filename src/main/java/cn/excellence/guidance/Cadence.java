package cn.excellence.guidance;

/** The report kinds of the cadence: 周报告 and 月总结. */
public enum Cadence {
    WEEKLY("周报告"),
    MONTHLY("月总结");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
