package cn.excellence.shared;

/**
 * Input the application refuses: a task completed, a process started or an {@code /api} request made
 * with a value that breaks a rule. The one type for every refused input, wherever it comes from. The
 * message is Chinese and tells the user what to fix; every client gets it back with status 400
 * ({@code /api} as a problem detail, the engine REST API and Tasklist as the engine's error JSON), the
 * engine rolls back and the task stays open, and the engine's failure log shows it as one INFO line.
 * Refusals that are not about the input — no right (403), nothing there (404), a clash with the
 * current state (409) — are {@link cn.excellence.shared.web.ApiException}.
 */
public class TaskInputException extends RuntimeException {

    public TaskInputException(String message) {
        super(message);
    }
}
