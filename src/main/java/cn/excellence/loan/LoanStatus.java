package cn.excellence.loan;

import java.util.List;

/** Where a loan stands; the name is what the loan's row stores. */
public enum LoanStatus {
    CHECKING("资格审查中"),
    TOWNSHIP_REVIEW("苏木镇审核中"),
    FUND_REVIEW("扶贫资金会审核中"),
    STANDING_APPROVAL("常委会审批中"),
    WAITING_FOR_FUNDS("等待资金"),
    RESERVED("已预留资金，待放贷"),
    REPAYING("还款贴息中"),
    INELIGIBLE("不符合条件"),
    REJECTED("未获批准"),
    DECLINED("不予贷款"),
    REPAID_EARLY("已提前还款"),
    CLOSED("已结清");

    /** In progress or not yet repaid: an applicant has at most one such loan. */
    static final List<LoanStatus> ACTIVE = List.of(CHECKING, TOWNSHIP_REVIEW, FUND_REVIEW, STANDING_APPROVAL, WAITING_FOR_FUNDS,
            RESERVED, REPAYING);

    private final String label;

    LoanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
