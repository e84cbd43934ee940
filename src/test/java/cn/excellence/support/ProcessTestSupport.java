package cn.excellence.support;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the engine's jobs in tests, where the job executor is off, and moves the engine clock. */
public final class ProcessTestSupport {

    private ProcessTestSupport() {
    }

    /** Executes every job that is due now, including the ones they create, until none is left. */
    public static int executeDueJobs(ManagementService management) {
        int executed = 0;
        for (int round = 0; round < 1000; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("jobs keep coming after 1000 rounds");
    }

    public static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }
}
