package cn.excellence.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused by {@link ModelValidator} inside the engine. It is Camunda's own parse
 * exception, so the engine REST answers 400 with every problem, its element id and Chinese message.
 */
class ModelRefusedException extends ParseException {

    private final transient Map<String, List<ModelProblem>> problems;

    ModelRefusedException(Map<String, List<ModelProblem>> problems) {
        super(message(problems), problems.keySet().iterator().next(), List.of(), List.of());
        this.problems = Map.copyOf(problems);
        List<ResourceReport> reports = new ArrayList<>();
        problems.forEach((resource, list) -> reports.add(new Report(resource, list.stream().<Problem>map(ElementProblem::new).toList())));
        this.resorceReports = reports;
    }

    Map<String, List<ModelProblem>> problems() {
        return problems;
    }

    private static String message(Map<String, List<ModelProblem>> problems) {
        StringBuilder text = new StringBuilder("模型未通过校验：");
        problems.forEach((resource, list) -> list.forEach(p -> text.append("\n").append(resource)
                .append(p.elementId() == null ? "" : "（" + p.elementId() + "）").append("：").append(p.message())));
        return text.toString();
    }

    private record Report(String getResourceName, List<Problem> getErrors) implements ResourceReport {
        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }

    private record ElementProblem(ModelProblem problem) implements Problem {
        @Override
        public String getMessage() {
            return problem.message();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return problem.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return problem.elementId() == null ? List.of() : List.of(problem.elementId());
        }
    }
}
