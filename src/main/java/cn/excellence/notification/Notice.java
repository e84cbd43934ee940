package cn.excellence.notification;

/**
 * One notification before it is written: its kind, a key naming its cause (the same cause gives the same key, so a
 * retried cause writes nothing twice), a Chinese title and body, and the deep link (a path on this server).
 */
record Notice(NotificationKind kind, String causeKey, String title, String body, String link) {

    static final String TASKLIST = "/camunda/app/tasklist/default/";

    static String taskLink(String taskId) {
        return TASKLIST + "#/?task=" + taskId;
    }
}
