/** Supervision inspections (督查): cycles, monthly reports, spot checks, rectification, bulletins. */
@ApplicationModule(displayName = "Supervision", allowedDependencies = {"organization", "shared"})
package cn.excellence.supervision;

import org.springframework.modulith.ApplicationModule;
