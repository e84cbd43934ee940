/**
 * Themes and carriers (活动主题和载体): a campaign year opened by org-dept with one registration per organization of the
 * tree, registered by its (nearest) secretary and reviewed by the township or committee above (org-dept for the Party
 * committees), with a reminder before and late marking after the deadline; coverage per township and sector. Owns the
 * theme_year and theme_registration tables.
 */
@ApplicationModule(displayName = "Themes", allowedDependencies = {"organization", "shared"})
package cn.excellence.themes;

import org.springframework.modulith.ApplicationModule;
