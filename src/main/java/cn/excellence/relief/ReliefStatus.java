package cn.excellence.relief;

/** Where a relief application stands; the name is what its row stores. */
public enum ReliefStatus {
    TOWNSHIP_REVIEW, ORG_DEPT_APPROVAL, APPROVED, REJECTED, PAID, NOT_PAID
}
