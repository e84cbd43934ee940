package cn.excellence.training;

import static cn.excellence.shared.FormValues.decimal;
import static cn.excellence.shared.FormValues.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.FormValues;
import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/**
 * A training plan started through its start form (Tasklist's 启动流程, bpmn/training-plan-start.form): records the proposed
 * course as {@code POST /api/training/courses} does for a secretary, as the starting user.
 */
@Component
public class TrainingPlanStartListener extends StartFormListener {

    private static final List<String> FIELDS = List.of("topic", "place", "startDate", "endDate", "hours", "category", "organizerCode");

    private final CourseService courses;

    TrainingPlanStartListener(CourseService courses) {
        this.courses = courses;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        CourseRequest request = new CourseRequest(text(execution.getVariable("topic")), text(execution.getVariable("place")),
                day(execution, "startDate", "开始日期"), day(execution, "endDate", "结束日期"), decimal(execution.getVariable("hours"), "学时"),
                text(execution.getVariable("category")), text(execution.getVariable("organizerCode")));
        Map<String, Object> variables = courses.propose(CurrentUser.of(execution), request);
        return new Recorded(variables, CourseService.businessKey(variables), FIELDS);
    }

    private static String day(DelegateExecution execution, String name, String label) {
        LocalDate day = FormValues.day(execution.getVariable(name), label);
        return day == null ? null : day.toString();
    }
}
