/**
 * Notifications that arrive (通知): every assignment, return, reminder, 催办, overdue task (逾期) and case outcome (办结)
 * is written once to an outbox in the transaction of its cause and delivered, cluster-safe and retried, to the in-app
 * inbox, by e-mail and to an organization's WeCom/DingTalk group robot, as each user's preferences allow; the links open
 * the task or the case in the workbench.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = {"organization", "shared"})
package cn.excellence.notification;

import org.springframework.modulith.ApplicationModule;
