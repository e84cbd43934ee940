/**
 * 活动指导员和联络员: the guidance staff org-dept registers (苏木镇党委活动指导员, 嘎查村活动指导员, 基层党组织联络员) with
 * the organizations they guide, their 周报告 and 月总结 (timers, reminders, late marking, 督促), the quarterly exchange
 * meetings (季交流), the annual evaluation (年评比) and the 7 sectors' supervising organizations.
 */
@ApplicationModule(displayName = "Guidance", allowedDependencies = {"organization", "shared"})
package cn.excellence.guidance;

import org.springframework.modulith.ApplicationModule;
