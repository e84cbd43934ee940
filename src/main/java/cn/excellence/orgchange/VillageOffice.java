package cn.excellence.orgchange;

/** The offices elected in the 两委换届; the names are the roster's position values. */
public enum VillageOffice {
    VILLAGE_SECRETARY("党组织书记"),
    VILLAGE_HEAD("村委会主任");

    private final String label;

    VillageOffice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
