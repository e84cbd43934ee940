package cn.excellence.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.excellence.fund.Money;

/** One assistance loan as the API shows it: amounts in yuan (two decimals), the identity number masked. */
record LoanView(long id, String applicantKind, String applicantName, String organizationCode, String townshipCode, String status,
        String ineligibleReasons, String declineReason, Integer termMonths, String bank, String purpose, Integer householdsHelped,
        BigDecimal subsidyRate, Integer subsidyPeriods, Integer subsidyPaidPeriods, String contractNumber, LocalDate loanDate,
        LocalDate repaidOn, String idNumber, BigDecimal requested, BigDecimal approved, BigDecimal subsidyTotal, BigDecimal principal) {

    static LoanView of(Loan loan) {
        return new LoanView(loan.id(), loan.applicantKind().name(), loan.applicantName(), loan.organizationCode(), loan.townshipCode(),
                loan.status().name(), loan.ineligibleReasons(), loan.declineReason(), loan.termMonths(), loan.bank(), loan.purpose(),
                loan.householdsHelped(), loan.subsidyRate(), loan.subsidyPeriods(), loan.subsidyPaidPeriods(), loan.contractNumber(),
                loan.loanDate(), loan.repaidOn(), IdentityNumbers.masked(loan.idNumber()), Money.yuan(loan.requestedFen()),
                yuan(loan.approvedFen()), yuan(loan.subsidyTotalFen()), yuan(loan.principalFen()));
    }

    private static BigDecimal yuan(Long fen) {
        return fen == null ? null : Money.yuan(fen);
    }
}
