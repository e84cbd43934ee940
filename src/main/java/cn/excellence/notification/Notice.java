package cn.excellence.notification;

/**
 * One notification before it is written: its kind, a key naming its cause (the same cause gives the same key, so a
 * retried cause writes nothing twice), a Chinese title and body, and the deep link (a path on this server: the task or
 * the case in the workbench).
 */
record Notice(NotificationKind kind, String causeKey, String title, String body, String link) {

    static final String WORKBENCH = "/workbench/";

    /** The task's form in the workbench. */
    static String taskLink(String taskId) {
        return WORKBENCH + "#/tasks/" + taskId;
    }

    /** The case's record and timeline in the workbench. */
    static String caseLink(String processInstanceId) {
        return WORKBENCH + "#/cases/" + processInstanceId;
    }
}
