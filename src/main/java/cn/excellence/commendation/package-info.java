/** Commendations (评先表彰); an issued honour with an award is announced as {@link cn.excellence.commendation.HonourAwarded}. */
@ApplicationModule(displayName = "Commendation", allowedDependencies = {"organization", "shared"})
package cn.excellence.commendation;

import org.springframework.modulith.ApplicationModule;
