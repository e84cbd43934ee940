package cn.excellence.shared.calendar;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs the whole JVM in Beijing time ({@link WorkingDayCalendar#ZONE}), whatever the server's zone: Camunda evaluates
 * cron timers (the monthly supervision start "0 0 8 1-10 * ?") and dates without an offset in the JVM's default zone,
 * and JDBC writes and reads {@code TIMESTAMP} columns (the engine's due dates, our own times) in it, so two nodes agree
 * only when both run in the same zone. Pinned in {@code main} and, for every other launch (tests, {@code spring-boot:run}
 * with another main), by this post-processor, registered in {@code META-INF/spring.factories}: both run before the
 * engine, the database driver or any date formatter is created.
 */
public class BeijingTime implements EnvironmentPostProcessor {

    /** Makes {@link WorkingDayCalendar#ZONE} the JVM's default time zone (idempotent). */
    public static void pin() {
        TimeZone beijing = TimeZone.getTimeZone(WorkingDayCalendar.ZONE);
        if (!TimeZone.getDefault().getID().equals(beijing.getID())) {
            TimeZone.setDefault(beijing);
        }
        System.setProperty("user.timezone", beijing.getID());
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        pin();
    }
}
