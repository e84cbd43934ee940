package cn.excellence.training;

/** What kind of members a course trains; the names are API. */
public enum TrainingCategory {
    INDUSTRY_LEADER("产业带头人"),
    COLLEGE_GRADUATE_OFFICIAL("大学生村官"),
    NEW_MEMBER("纳新党员"),
    FARMER_HERDER("农牧民党员"),
    OTHER("其他");

    private final String label;

    TrainingCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
