package cn.excellence.supervision;

/** Where a spot check stands: inspected, then (with findings) rectified and verified, until closed. */
enum SpotCheckStatus {
    INSPECTING,
    RECTIFYING,
    VERIFYING,
    CLOSED
}
