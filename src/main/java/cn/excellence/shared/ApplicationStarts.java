package cn.excellence.shared;

import java.util.function.Supplier;

/**
 * Marks a process start the application's own service makes, after it has recorded (and checked) the
 * record the process runs on; any other start (Tasklist's 启动流程, the engine REST API) is a client's,
 * which keeps the rules of the process's start form. The mark lives only for the call, on its thread.
 */
public final class ApplicationStarts {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private ApplicationStarts() {
    }

    public static <T> T run(Supplier<T> start) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return start.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    /** Whether the current start is the application's own. */
    public static boolean active() {
        return ACTIVE.get();
    }
}
