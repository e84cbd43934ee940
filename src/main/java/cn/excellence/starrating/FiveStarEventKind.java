package cn.excellence.starrating;

/** What happened to a branch's 五星级: awarded, kept at the annual review, revoked, or a nomination refused. */
public enum FiveStarEventKind {
    AWARDED("授予五星级"),
    KEPT("复核保留"),
    REVOKED("撤销五星级"),
    REFUSED("推荐未通过");

    private final String label;

    FiveStarEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
