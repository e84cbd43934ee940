package cn.excellence.posts;

/** A resident's evaluation in the 功劳簿 and the points it counts for the star rating. */
public enum Evaluation {
    SATISFIED("满意", 2), FAIRLY_SATISFIED("基本满意", 1), DISSATISFIED("不满意", -2);

    private final String label;
    private final int points;

    Evaluation(String label, int points) {
        this.label = label;
        this.points = points;
    }

    String label() {
        return label;
    }

    int points() {
        return points;
    }
}
