/**
 * 联系点和走访慰问: leaders' contact points (联系点) and their calendar of visits due, group visit days (e.g. 6/29, the standing
 * committee in 5 groups), visits with the members visited, help given and photos, and 慰问金 paid through
 * {@link cn.excellence.fund.FundLedger} from the hardship relief fund; the year's figures and their export.
 */
@ApplicationModule(displayName = "Visits", allowedDependencies = {"organization", "shared", "fund"})
package cn.excellence.visits;

import org.springframework.modulith.ApplicationModule;
