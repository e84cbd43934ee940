package cn.excellence.training;

/** Where a course stands: a township's proposal waits for org-dept; an approved or directly created course is scheduled. */
public enum CourseStatus {
    PROPOSED("待组织部审批"),
    REJECTED("未批准"),
    SCHEDULED("已开设");

    private final String label;

    CourseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
