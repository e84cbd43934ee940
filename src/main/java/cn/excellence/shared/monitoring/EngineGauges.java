package cn.excellence.shared.monitoring;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.WithoutAuthorization;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The engine's state as gauges on {@code /actuator/prometheus}: open tasks per process definition key, the job backlog
 * (executable jobs that are due), failed jobs (no retries left) and open incidents by type. Counted (never listed) by a
 * background refresh every {@code excellence.monitoring.engine-refresh} on every node; a scrape only reads the last
 * counts, so it is cheap and never fails (a failed refresh keeps the previous counts and is logged).
 */
@Component
public class EngineGauges {

    /** The incident types the engine raises itself: shown with 0 before the first one occurs. */
    private static final Set<String> ENGINE_INCIDENT_TYPES = Set.of("failedJob", "failedExternalTask");

    private static final Logger log = LoggerFactory.getLogger(EngineGauges.class);

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final MeterRegistry registry;
    private final Map<String, Long> openTasks = new ConcurrentHashMap<>();
    private final Map<String, Long> incidents = new ConcurrentHashMap<>();
    private volatile long jobBacklog;
    private volatile long failedJobs;

    EngineGauges(ProcessEngine engine, JdbcClient jdbc, MeterRegistry registry) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.registry = registry;
        Gauge.builder("excellence.engine.jobs.backlog", () -> jobBacklog)
                .description("Executable jobs that are due (retries left, not suspended)").register(registry);
        Gauge.builder("excellence.engine.jobs.failed", () -> failedJobs)
                .description("Jobs with no retries left").register(registry);
        ENGINE_INCIDENT_TYPES.forEach(type -> incidents.put(type, 0L));
        ENGINE_INCIDENT_TYPES.forEach(this::registerIncidentGauge);
    }

    @EventListener(ApplicationReadyEvent.class)
    void firstRefresh() {
        refresh();
    }

    /** Counts again; the gauges show the new counts from now on. */
    @Scheduled(fixedDelayString = "${excellence.monitoring.engine-refresh:15s}", initialDelayString = "${excellence.monitoring.engine-refresh:15s}")
    public void refresh() {
        try {
            WithoutAuthorization.read(engine, () -> {
                count();
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("engine gauges not refreshed (the previous counts stay): {}", e.toString());
        }
    }

    private void count() {
        jobBacklog = engine.getManagementService().createJobQuery().executable().count();
        failedJobs = engine.getManagementService().createJobQuery().noRetriesLeft().count();
        Map<String, Long> tasks = grouped("select d.KEY_, count(t.ID_) from ACT_RE_PROCDEF d left join ACT_RU_TASK t on t.PROC_DEF_ID_ = d.ID_ group by d.KEY_");
        tasks.forEach((key, count) -> {
            if (openTasks.put(key, count) == null) {
                Gauge.builder("excellence.engine.tasks.open", () -> openTasks.getOrDefault(key, 0L)).tag("process", key)
                        .description("Open user tasks per process definition key").register(registry);
            }
        });
        openTasks.keySet().retainAll(tasks.keySet());
        Map<String, Long> byType = grouped("select INCIDENT_TYPE_, count(*) from ACT_RU_INCIDENT group by INCIDENT_TYPE_");
        incidents.replaceAll((type, old) -> byType.getOrDefault(type, 0L));
        byType.forEach((type, count) -> {
            if (incidents.put(type, count) == null) {
                registerIncidentGauge(type);
            }
        });
    }

    private Map<String, Long> grouped(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private void registerIncidentGauge(String type) {
        Gauge.builder("excellence.engine.incidents.open", () -> incidents.getOrDefault(type, 0L)).tag("type", type)
                .description("Open incidents by type").register(registry);
    }
}
