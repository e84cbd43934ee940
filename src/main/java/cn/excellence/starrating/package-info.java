/**
 * Star ratings (星级评比): member ratings per branch with 公示 and objections, members' star history, reports; and the
 * 五星级 branches (won by a verified nomination, kept or lost each year).
 */
@ApplicationModule(displayName = "Star rating", allowedDependencies = {"organization", "shared", "supervision"})
package cn.excellence.starrating;

import org.springframework.modulith.ApplicationModule;
