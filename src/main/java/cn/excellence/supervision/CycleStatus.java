package cn.excellence.supervision;

/** Where a supervision cycle stands: running until its bulletin is published. */
enum CycleStatus {
    RUNNING,
    CLOSED
}
