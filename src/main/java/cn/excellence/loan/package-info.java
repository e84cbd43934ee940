/** Interest-subsidised loans (扶贫贴息贷款): application, reviews, the subsidy reserved and paid through the fund's ledger, early repayment. */
@ApplicationModule(displayName = "Loan", allowedDependencies = {"organization", "fund", "shared"})
package cn.excellence.loan;

import org.springframework.modulith.ApplicationModule;
