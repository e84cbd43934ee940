package cn.excellence.dutyreview;

/** A reviewer's vote and a report's grade (等次): 好, 较好, 一般, 差. */
public enum Rating {
    GOOD("好"), FAIRLY_GOOD("较好"), AVERAGE("一般"), POOR("差");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean satisfied() {
        return this == GOOD || this == FAIRLY_GOOD;
    }

    public boolean requiresRectification() {
        return this == AVERAGE || this == POOR;
    }
}
