package cn.excellence.supervision;

/** Where a unit's monthly report stands. */
enum MonthlyReportStatus {
    AWAITING("待提交"),
    SUBMITTED("已提交");

    private final String label;

    MonthlyReportStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
