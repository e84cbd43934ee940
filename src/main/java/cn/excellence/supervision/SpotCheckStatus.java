package cn.excellence.supervision;

/** Where a spot check stands: inspected, then (with findings) rectified and verified, until closed. */
enum SpotCheckStatus {
    INSPECTING("抽查中"),
    RECTIFYING("整改中"),
    VERIFYING("整改核验中"),
    CLOSED("已办结");

    private final String label;

    SpotCheckStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
