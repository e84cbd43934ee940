/** Star ratings (星级评比): member ratings per branch with 公示 and objections, members' star history, reports. */
@ApplicationModule(displayName = "Star rating", allowedDependencies = {"organization", "shared"})
package cn.excellence.starrating;

import org.springframework.modulith.ApplicationModule;
