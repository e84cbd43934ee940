/**
 * The workbench (工作台): my tasks, my cases (我的事项) read through each feature's {@link cn.excellence.shared.cases.CaseSource},
 * and every record's timeline. Owns no tables of its own beyond what its parts declare.
 */
@ApplicationModule(displayName = "Workbench", allowedDependencies = {"organization", "notification", "shared"})
package cn.excellence.workbench;

import org.springframework.modulith.ApplicationModule;
