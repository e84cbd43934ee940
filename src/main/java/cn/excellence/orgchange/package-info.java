/**
 * 组织设置: the founding of a Party organization (approved by org-dept) with its first committee election filed with
 * org-dept; the register of reserve cadres (后备干部) and the 两委换届 results of the villages.
 */
@ApplicationModule(displayName = "Organization changes", allowedDependencies = {"organization", "shared"})
package cn.excellence.orgchange;

import org.springframework.modulith.ApplicationModule;
