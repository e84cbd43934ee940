/** Duty reports and reviews (述职评议). */
@ApplicationModule(displayName = "Duty review", allowedDependencies = {"organization", "shared"})
package cn.excellence.dutyreview;

import org.springframework.modulith.ApplicationModule;
