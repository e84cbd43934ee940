package cn.excellence.guidance;

/** The three kinds of guidance staff in the source: 22 + 93 instructors and 526 liaisons. */
public enum StaffKind {
    TOWNSHIP_INSTRUCTOR("苏木镇党委活动指导员"),
    VILLAGE_INSTRUCTOR("嘎查村活动指导员"),
    LIAISON("基层党组织联络员");

    private final String label;

    StaffKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Instructors are rated in the annual evaluation (年评比). */
    boolean isInstructor() {
        return this != LIAISON;
    }
}
