package cn.excellence.modeling;

import java.util.List;

/** A model refused by validation, with every problem found. */
public class InvalidModelException extends RuntimeException {

    private final List<ModelProblem> problems;

    public InvalidModelException(List<ModelProblem> problems) {
        super("模型未通过校验：" + problems.size() + " 个问题。");
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
