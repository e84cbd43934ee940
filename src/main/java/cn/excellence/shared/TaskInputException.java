package cn.excellence.shared;

/**
 * A task was completed with input that breaks its rules. The message is Chinese and tells the user
 * what to fix; whichever client completed the task gets it back with status 400 and the task stays open.
 */
public class TaskInputException extends RuntimeException {

    public TaskInputException(String message) {
        super(message);
    }
}
