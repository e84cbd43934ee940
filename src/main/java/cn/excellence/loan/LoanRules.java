package cn.excellence.loan;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable loan rules: the most each kind of applicant may borrow, and the approved amount
 * above which the standing committee approves (yuan).
 */
@ConfigurationProperties("excellence.loan")
public record LoanRules(Map<ApplicantKind, BigDecimal> maxAmount, BigDecimal standingApprovalAbove, int subsidyIntervalMonths) {

    public LoanRules {
        maxAmount = maxAmount == null ? Map.of(ApplicantKind.COOPERATIVE, new BigDecimal("500000"),
                ApplicantKind.ASSOCIATION, new BigDecimal("300000"), ApplicantKind.INDUSTRY_LEADER, new BigDecimal("100000")) : maxAmount;
        standingApprovalAbove = standingApprovalAbove == null ? new BigDecimal("200000") : standingApprovalAbove;
        subsidyIntervalMonths = subsidyIntervalMonths <= 0 ? 3 : subsidyIntervalMonths;
    }
}
