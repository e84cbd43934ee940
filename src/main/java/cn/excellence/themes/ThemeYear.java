package cn.excellence.themes;

import java.time.Instant;

/** A campaign year (开展主题载体登记): its deadline, when the reminder goes out, whether every organization is covered. */
public record ThemeYear(int year, Instant deadline, Instant reminderAt, String status, String processInstanceId, String openedBy,
        Instant openedAt, Instant completedAt) {

    public static final String OPEN = "OPEN";
    public static final String COMPLETED = "COMPLETED";

    public boolean completed() {
        return COMPLETED.equals(status);
    }
}
