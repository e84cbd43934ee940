package cn.excellence.loan;

import java.math.BigDecimal;

/** An application for an interest-subsidised loan (贴息贷款申请). Amounts in yuan. */
public record LoanApplication(String applicantKind, String applicantName, String idNumber, String organizationCode,
        BigDecimal amount, Integer termMonths, String bank, String purpose, Integer householdsHelped) {
}
