package cn.excellence.supervision;

import java.util.Arrays;
import java.util.Optional;

/** Org-dept's verdict on a monthly report (审阅意见). */
enum ReviewResult {
    SATISFACTORY,
    FOLLOW_UP;

    /** The result a form value names, if it names one exactly. */
    static Optional<ReviewResult> of(Object value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
}
