package cn.excellence.visits;

/** What a visit did there: the source names 过组织生活, 走访慰问 and 调研. */
enum VisitActivity {
    ORGANIZATIONAL_LIFE("过组织生活"),
    CONDOLENCE("走访慰问"),
    RESEARCH("调研"),
    HELP("帮扶解难");

    private final String label;

    VisitActivity(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
