package cn.excellence.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the dispatcher every {@code excellence.notification.dispatch-interval} on every node; 0 runs it never (tests call it). */
@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfig implements SchedulingConfigurer {

    private final NotificationProperties properties;
    private final NotificationDispatcher dispatcher;

    NotificationConfig(NotificationProperties properties, NotificationDispatcher dispatcher) {
        this.properties = properties;
        this.dispatcher = dispatcher;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!properties.dispatchInterval().isZero() && !properties.dispatchInterval().isNegative()) {
            registrar.addFixedDelayTask(dispatcher::dispatchOnce, properties.dispatchInterval());
        }
    }
}
