package cn.excellence.workbench;

import java.util.List;

/**
 * What completing a task did; {@code replayed}: this Idempotency-Key had completed it already, and nothing ran again;
 * {@code inBackground}: nobody has an open task in the case and it goes on in the job executor (the join of parallel work
 * such as the ratings' tally), so its next step shows within seconds rather than in this answer.
 */
public record Completion(String taskId, String taskName, boolean replayed, boolean processEnded, boolean inBackground,
        List<NextStep> next) {

    Completion replay() {
        return new Completion(taskId, taskName, true, processEnded, inBackground, next);
    }
}
