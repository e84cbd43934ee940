/**
 * Org-dept's dashboard (工作概况): the campaign's figures read through each feature's service, shown with charts and
 * exported as Excel (and the duty-review summary as PDF). Owns no tables. Secretaries see their own township only.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"dutyreview", "commendation", "fund", "relief", "supervision", "organization", "shared"})
package cn.excellence.dashboard;

import org.springframework.modulith.ApplicationModule;
