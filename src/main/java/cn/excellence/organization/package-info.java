/** The organization tree, Party members, users and groups (组织、党员、账号); the features read members through {@link cn.excellence.organization.OrganizationService}. */
@ApplicationModule(displayName = "Organization", allowedDependencies = "shared")
package cn.excellence.organization;

import org.springframework.modulith.ApplicationModule;
