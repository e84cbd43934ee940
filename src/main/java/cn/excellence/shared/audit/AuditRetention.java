package cn.excellence.shared.audit;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.excellence.shared.calendar.WorkingDayCalendar;

/**
 * Keeps the audit log for {@code excellence.audit.retention-days} (at least 180, as 等保 2.0 asks;
 * less refuses to start) and deletes what is older, daily. Several nodes may prune at once: the
 * delete is the same whoever runs it.
 */
@Component
class AuditRetention {

    static final int MINIMUM_DAYS = 180;
    private static final Logger logger = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditLog log;
    private final int retentionDays;

    AuditRetention(AuditLog log, @Value("${excellence.audit.retention-days}") int retentionDays) {
        if (retentionDays < MINIMUM_DAYS) {
            throw new IllegalArgumentException("excellence.audit.retention-days = " + retentionDays
                    + "：审计日志至少保留 " + MINIMUM_DAYS + " 天。");
        }
        this.log = log;
        this.retentionDays = retentionDays;
    }

    @Scheduled(cron = "${excellence.audit.prune-cron}", zone = WorkingDayCalendar.ZONE_ID)
    void pruneDaily() {
        prune(Instant.now());
    }

    /** Deletes the entries older than the retention period before {@code now}; returns how many. */
    int prune(Instant now) {
        int deleted = log.deleteOlderThan(now.minus(Duration.ofDays(retentionDays)));
        if (deleted > 0) {
            logger.info("deleted {} audit entries older than {} days", deleted, retentionDays);
        }
        return deleted;
    }
}
