package cn.excellence.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the dispatcher every {@code excellence.notification.dispatch-interval} and the overdue scan every
 * {@code overdue-scan-interval} on every node; 0 runs it never (tests call it).
 */
@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfig implements SchedulingConfigurer {

    private final NotificationProperties properties;
    private final NotificationDispatcher dispatcher;
    private final OverdueTasksNotifier overdue;

    NotificationConfig(NotificationProperties properties, NotificationDispatcher dispatcher, OverdueTasksNotifier overdue) {
        this.properties = properties;
        this.dispatcher = dispatcher;
        this.overdue = overdue;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (positive(properties.dispatchInterval())) {
            registrar.addFixedDelayTask(dispatcher::dispatchOnce, properties.dispatchInterval());
        }
        if (positive(properties.overdueScanInterval())) {
            registrar.addFixedDelayTask(overdue::scanOnce, properties.overdueScanInterval());
        }
    }

    private static boolean positive(java.time.Duration interval) {
        return !interval.isZero() && !interval.isNegative();
    }
}
