package cn.excellence.orgchange;

import java.util.Arrays;
import java.util.Optional;

/** An office on an organization's committee (委员会), as the election result names it. */
public enum CommitteeOffice {
    SECRETARY("书记"),
    DEPUTY_SECRETARY("副书记"),
    MEMBER("委员");

    private final String label;

    CommitteeOffice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<CommitteeOffice> ofLabel(String label) {
        return Arrays.stream(values()).filter(o -> o.label.equals(label) || o.name().equals(label)).findFirst();
    }
}
