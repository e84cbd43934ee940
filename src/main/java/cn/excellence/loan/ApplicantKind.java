package cn.excellence.loan;

/** Who may apply: a cooperative (专业合作社), an association (协会), or a Party-member industry leader (党员产业带头人). */
public enum ApplicantKind {
    COOPERATIVE("专业合作社"), ASSOCIATION("协会"), INDUSTRY_LEADER("党员产业带头人");

    private final String label;

    ApplicantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
