package cn.excellence.workbench;

import java.util.List;

/** A process a start form started; {@code replayed}: this Idempotency-Key had started it already. */
public record Started(String processInstanceId, String businessKey, boolean replayed, List<NextStep> next) {

    Started replay() {
        return new Started(processInstanceId, businessKey, true, next);
    }
}
