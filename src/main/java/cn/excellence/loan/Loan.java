package cn.excellence.loan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One interest-subsidised loan (贴息贷款) as its row holds it: money in fen, exact ({@code null} until set), the subsidy
 * rate in percent a year.
 */
public record Loan(long id, ApplicantKind applicantKind, String applicantName, String applicantKey, String idNumber,
        String organizationCode, String townshipCode, long requestedFen, int termMonths, String bank, String purpose,
        int householdsHelped, LoanStatus status, String ineligibleReasons, String siteVisitNotes, Long approvedFen,
        BigDecimal subsidyRate, Integer subsidyPeriods, Long subsidyTotalFen, int subsidyPaidPeriods, String declineReason,
        String contractNumber, LocalDate loanDate, Long principalFen, LocalDate repaidOn, String processInstanceId,
        String createdBy, Instant createdAt) {
}
