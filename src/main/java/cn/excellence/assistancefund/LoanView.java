package cn.excellence.assistancefund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One assistance loan as the API shows it: amounts in yuan (two decimals), the identity number masked. */
record LoanView(long id, String applicantKind, String applicantName, String organizationCode, String townshipCode, String status,
        String ineligibleReasons, String declineReason, Integer termMonths, String bank, String purpose, Integer householdsHelped,
        BigDecimal subsidyRate, Integer subsidyPeriods, Integer subsidyPaidPeriods, String contractNumber, LocalDate loanDate,
        LocalDate repaidOn, String idNumber, BigDecimal requested, BigDecimal approved, BigDecimal subsidyTotal, BigDecimal principal) {

    /** From a row of {@code assistance_loan} (lower-case column names). */
    static LoanView of(Map<String, Object> loan) {
        return new LoanView(((Number) loan.get("id")).longValue(), (String) loan.get("applicant_kind"), (String) loan.get("applicant_name"),
                (String) loan.get("organization_code"), (String) loan.get("township_code"), (String) loan.get("status"),
                (String) loan.get("ineligible_reasons"), (String) loan.get("decline_reason"), integer(loan, "term_months"),
                (String) loan.get("bank"), (String) loan.get("purpose"), integer(loan, "households_helped"),
                (BigDecimal) loan.get("subsidy_rate"), integer(loan, "subsidy_periods"), integer(loan, "subsidy_paid_periods"),
                (String) loan.get("contract_number"), date(loan, "loan_date"), date(loan, "repaid_on"),
                IdentityNumbers.masked((String) loan.get("id_number")), yuan(loan, "requested_fen"), yuan(loan, "approved_fen"),
                yuan(loan, "subsidy_total_fen"), yuan(loan, "principal_fen"));
    }

    private static Integer integer(Map<String, Object> loan, String column) {
        return loan.get(column) == null ? null : ((Number) loan.get(column)).intValue();
    }

    private static LocalDate date(Map<String, Object> loan, String column) {
        Object value = loan.get(column);
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static BigDecimal yuan(Map<String, Object> loan, String column) {
        return loan.get(column) == null ? null : Money.yuan(((Number) loan.get(column)).longValue());
    }

    /** The outcome of paying an award payable. */
    record AwardPaid(long id, String outcome) {
    }
}
