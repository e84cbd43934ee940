package cn.excellence.workbench;

import java.time.OffsetDateTime;
import java.util.List;

/** A record's timeline (办理过程): who started it, each step with who, when, the decision and the opinion, in time order. */
public record Timeline(String processInstanceId, String processName, String businessKey, String title, String startedBy,
        String startedByName, OffsetDateTime startedAt, OffsetDateTime endedAt, String state, List<Step> steps) {

    /** What a step is: the start, a task (done or open), a 催办, the end. */
    public enum StepType {
        START, TASK, URGE, END
    }

    /**
     * One step. {@code at}: when it happened (a task: when completed, or when it opened while still open); {@code decision}:
     * the Chinese label of the choice made on the task's form; {@code opinion}: the note or reason written with it;
     * {@code taskId}: the task of a TASK or URGE step; {@code urgeable}: an open task the reader may urge (催办: org-dept or
     * whoever started the case).
     */
    public record Step(StepType type, String name, String who, String whoName, OffsetDateTime at, OffsetDateTime due, boolean open,
            String decision, String opinion, String taskId, boolean urgeable) {
    }
}
