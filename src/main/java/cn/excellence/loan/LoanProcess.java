package cn.excellence.loan;

/** Ids of the assistance-loan model (扶贫贴息贷款): process key, elements, message and variables are API. */
public final class LoanProcess {

    public static final String PROCESS = "AssistanceLoan";
    public static final String MESSAGE_REPAID_EARLY = "LoanRepaidEarly";
    public static final String LOAN_INELIGIBLE = "EndEvent_LoanIneligible";
    public static final String TASK_TOWNSHIP_REVIEW = "Task_TownshipLoanReview";
    public static final String TASK_FUND_REVIEW = "Task_FundCommitteeReview";
    public static final String TASK_STANDING_APPROVAL = "Task_StandingCommitteeApproval";
    public static final String RESERVE_SUBSIDY = "ServiceTask_ReserveSubsidy";
    public static final String TASK_FUND_SHORTAGE = "Task_HandleFundShortage";
    public static final String LOAN_DECLINED = "EndEvent_LoanDeclined";
    public static final String TASK_RECORD_BANK_LOAN = "Task_RecordBankLoan";
    public static final String REPAYMENT = "SubProcess_LoanRepayment";
    public static final String SUBSIDY_DUE = "TimerEvent_SubsidyDue";
    public static final String TASK_RECORD_EARLY_REPAYMENT = "Task_RecordEarlyRepayment";
    public static final String EARLY_REPAYMENT_RECORDED = "EndEvent_EarlyRepaymentRecorded";
    public static final String ALL_PERIODS_PAID = "EndEvent_AllPeriodsPaid";
    public static final String REPAID_EARLY_BY_MESSAGE = "MessageEvent_LoanRepaidEarly";
    public static final String PAY_SUBSIDY = "ServiceTask_PaySubsidy";
    public static final String LOAN_CLOSED = "EndEvent_LoanClosed";

    public static final String VAR_LOAN_ID = "loanId";
    public static final String VAR_APPLICANT_NAME = "applicantName";
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_TOWNSHIP_SECRETARY = "townshipSecretary";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_REVIEW_NOTE = "reviewNote";
    public static final String VAR_SITE_VISIT_NOTES = "siteVisitNotes";
    public static final String VAR_APPROVED_AMOUNT = "approvedAmount";
    public static final String VAR_SUBSIDY_RATE = "subsidyRate";
    public static final String VAR_SUBSIDY_PERIODS = "subsidyPeriods";
    public static final String VAR_STANDING_APPROVAL_NEEDED = "standingApprovalNeeded";
    public static final String VAR_SUBSIDY_RESERVED = "subsidyReserved";
    public static final String VAR_SHORTAGE_REASON = "shortageReason";
    public static final String VAR_SHORTAGE_DECISION = "shortageDecision";
    public static final String VAR_CONTRACT_NUMBER = "contractNumber";
    public static final String VAR_LOAN_DATE = "loanDate";
    public static final String VAR_PRINCIPAL = "principal";
    public static final String VAR_NEXT_SUBSIDY_AT = "nextSubsidyAt";
    public static final String VAR_PERIODS_LEFT = "periodsLeft";
    public static final String VAR_SUBSIDY_TOTAL = "subsidyTotal";
    public static final String VAR_REPAID_ON = "repaidOn";

    private LoanProcess() {
    }
}
