package cn.excellence.notification;

/** Why a user is notified. */
public enum NotificationKind {
    /** a task was assigned to the user or offered to their group (新待办) */
    TASK_ASSIGNED,
    /** the user's submission was returned and is theirs to revise (退回) */
    TASK_RETURNED,
    /** a process timer's reminder (提醒) */
    REMINDER,
    /** someone urged the user's task (催办) */
    URGE,
    /** the user's task is past its due date (逾期) */
    OVERDUE,
    /** a case the user is the subject of reached its outcome (办结) */
    RESULT
}
