package cn.excellence.shared;

/**
 * A reminder was recorded ({@link Reminders#record}); published in the recording transaction, so that whoever
 * delivers it (the notification module) writes its part atomically with the reminder.
 */
public record ReminderRecorded(long reminderId, String processInstanceId, String businessKey, String kind, String recipient,
        String message) {
}
