package cn.excellence.pairing;

/** What a fulfilment delivered: 资金 (with an amount), 项目, 信息. */
enum FulfilmentKind {
    FUNDS("资金"), PROJECT("项目"), INFORMATION("信息");

    private final String label;

    FulfilmentKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
