package cn.excellence.commendation;

/** Where a nomination (推荐) stands. */
public enum NominationStatus {
    CHECKING, INELIGIBLE, TOWNSHIP_REVIEW, RETURNED, ORG_DEPT_REVIEW, REJECTED, NOMINATED, SELECTED, NOT_SELECTED,
    ON_NOTICE, WITHDRAWN, COMMENDED
}
