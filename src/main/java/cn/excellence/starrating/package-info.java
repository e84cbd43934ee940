/** Star ratings (星级评比): members' stars and the 五星级 branches (won by a verified nomination, kept or lost each year). */
@ApplicationModule(displayName = "Star rating", allowedDependencies = {"organization", "shared", "supervision"})
package cn.excellence.starrating;

import org.springframework.modulith.ApplicationModule;
