/**
 * What every feature builds on: security, web errors, the engine's REST and variable gates, JDBC helpers,
 * reminders. An open module (its sub-packages are reachable from every feature) that knows no feature.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package cn.excellence.shared;

import org.springframework.modulith.ApplicationModule;
