package cn.excellence.loan;

import java.util.List;

/** Where a loan stands; the name is what the loan's row stores. */
public enum LoanStatus {
    CHECKING, TOWNSHIP_REVIEW, FUND_REVIEW, STANDING_APPROVAL, WAITING_FOR_FUNDS, RESERVED, REPAYING,
    INELIGIBLE, REJECTED, DECLINED, REPAID_EARLY, CLOSED;

    /** In progress or not yet repaid: an applicant has at most one such loan. */
    static final List<LoanStatus> ACTIVE = List.of(CHECKING, TOWNSHIP_REVIEW, FUND_REVIEW, STANDING_APPROVAL, WAITING_FOR_FUNDS,
            RESERVED, REPAYING);
}
