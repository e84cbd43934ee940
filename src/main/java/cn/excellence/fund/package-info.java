/**
 * The assistance funds (扶贫资金) and their one ledger: reservations, releases and payments, the ledger's export, and the
 * awards commendation announces ({@link cn.excellence.commendation.HonourAwarded}) recorded as payables and paid from it.
 * Loans and relief book through {@link cn.excellence.fund.FundLedger}.
 */
@ApplicationModule(displayName = "Fund", allowedDependencies = {"commendation", "shared"})
package cn.excellence.fund;

import org.springframework.modulith.ApplicationModule;
