package cn.excellence.support;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * The tests' task driver through the Java API (through HTTP, as a user, see {@link Http#completeTaskForm}): finds a
 * case's open task, completes it and runs the jobs that fall due (the job executor is off in tests); moves the engine clock.
 */
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
                if (management.createJobQuery().jobId(job.getId()).count() == 0) {
                    // an earlier job of this round removed it (an interrupted multi-instance drops its instances' pending
                    // continuations), as the job executor would find it gone
                    continue;
                }
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("jobs keep coming after 1000 rounds");
    }

    /** The open task {@code taskKey} of the case whose process variable {@code idVariable} is {@code id}. */
    public static Task task(ProcessEngine engine, String idVariable, Object id, String taskKey) {
        return engine.getTaskService().createTaskQuery().processVariableValueEquals(idVariable, id).taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** Completes the task with these variables, then executes the jobs that are due, as the job executor would. */
    public static void complete(ProcessEngine engine, String taskId, Map<String, Object> variables) {
        engine.getTaskService().complete(taskId, variables);
        executeDueJobs(engine.getManagementService());
    }

    /** Completes the task with these variables (names and values alternating), then executes the jobs that are due. */
    public static void complete(ProcessEngine engine, String taskId, Object... namesAndValues) {
        complete(engine, taskId, variables(namesAndValues));
    }

    /** Variables from names and values alternating; a value may be null (unlike {@code Map.of}). */
    public static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    public static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }
}
