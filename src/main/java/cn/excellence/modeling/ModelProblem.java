package cn.excellence.modeling;

/** One reason a model is refused: the element it concerns (or null for the whole file) and a Chinese message. */
public record ModelProblem(String elementId, String message) {
}
