package cn.excellence.supervision;

import static cn.excellence.supervision.SupervisionProcess.*;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import cn.excellence.shared.TaskInputException;

/** A cycle request from the start variables, as the API or a client of the engine REST sends them. */
final class CycleVariables {

    private CycleVariables() {
    }

    static CycleRequest request(DelegateExecution e) {
        Object due = e.getVariable(VAR_REPORT_DUE_DATE);
        if (due != null && !(due instanceof Date)) {
            throw new TaskInputException("汇报截止时间（reportDueDate）应为日期类型。");
        }
        return new CycleRequest((String) text(e.getVariable(VAR_PERIOD)), list(e.getVariable(VAR_UNITS), ","), (Date) due,
                integer(e.getVariable(VAR_SAMPLE_SIZE)), (String) text(e.getVariable(VAR_STRATA)), list(e.getVariable(VAR_CHECKLIST), "\n"),
                e.getVariable(VAR_SEED) instanceof Number n ? n.longValue() : null);
    }

    private static Object text(Object value) {
        if (value != null && !(value instanceof String)) {
            throw new TaskInputException("督查月份和分层方式应为文字。");
        }
        return value;
    }

    private static Integer integer(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        throw new TaskInputException("抽查数量（sampleSize）应为整数。");
    }

    private static List<String> list(Object value, String separator) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return Arrays.stream(value.toString().split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
