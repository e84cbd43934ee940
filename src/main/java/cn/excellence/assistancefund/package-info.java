/** The assistance fund (扶贫资金): loans, hardship relief, and the awards commendation announces, paid through one ledger. */
@ApplicationModule(displayName = "Assistance fund", allowedDependencies = {"organization", "commendation", "shared"})
package cn.excellence.assistancefund;

import org.springframework.modulith.ApplicationModule;
