/** Hardship relief for Party members (困难党员救助): one member's application, and batches by rule or list, paid through the fund's ledger. */
@ApplicationModule(displayName = "Relief", allowedDependencies = {"organization", "fund", "shared"})
package cn.excellence.relief;

import org.springframework.modulith.ApplicationModule;
