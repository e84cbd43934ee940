package cn.excellence.dutyreview;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The report id a DutyReport process runs on: its variable (the business key is words for Cockpit). */
final class ReportIds {

    private ReportIds() {
    }

    static long of(VariableScope scope) {
        Object id = scope.getVariable(DutyReviewProcess.VAR_REPORT_ID);
        if (id instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(String.valueOf(id));
    }
}
