package cn.excellence.workbench;

import java.util.List;

/** What completing a task did; {@code replayed}: this Idempotency-Key had completed it already, and nothing ran again. */
public record Completion(String taskId, String taskName, boolean replayed, boolean processEnded, List<NextStep> next) {

    Completion replay() {
        return new Completion(taskId, taskName, true, processEnded, next);
    }
}
