/**
 * Notifications that arrive (通知): every assignment, return, reminder and 催办 is written once to an outbox in the
 * transaction of its cause and delivered, cluster-safe and retried, to the in-app inbox, by e-mail and to an
 * organization's WeCom/DingTalk group robot, as each user's preferences allow.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = {"organization", "shared"})
package cn.excellence.notification;

import org.springframework.modulith.ApplicationModule;
