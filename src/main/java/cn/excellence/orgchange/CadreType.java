package cn.excellence.orgchange;

/** The type of a reserve cadre (后备干部类型). */
public enum CadreType {
    DOUBLE_STRONG("双强型"),
    DOUBLE_LEAD("双带型"),
    INDUSTRY_LEADER("产业带头人"),
    COLLEGE_GRADUATE("大学生村官"),
    OTHER("其他");

    private final String label;

    CadreType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
