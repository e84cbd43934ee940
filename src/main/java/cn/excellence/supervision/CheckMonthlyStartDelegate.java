package cn.excellence.supervision;

import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The monthly timer fires on days 1–10: a cycle starts on the month's first working day, once. */
@Component
class CheckMonthlyStartDelegate implements JavaDelegate {

    private final SupervisionService cycles;

    CheckMonthlyStartDelegate(SupervisionService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean start = cycles.startToday();
        execution.setVariable(VAR_START_TODAY, start);
        if (start) {
            CycleRequest defaults = cycles.monthlyDefaults();
            execution.setVariable(VAR_PERIOD, defaults.period());
            execution.setVariable(VAR_REPORT_DUE_DATE, defaults.reportDueDate());
        }
    }
}
