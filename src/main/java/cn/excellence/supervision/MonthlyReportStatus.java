package cn.excellence.supervision;

/** Where a unit's monthly report stands. */
enum MonthlyReportStatus {
    AWAITING,
    SUBMITTED
}
