package cn.excellence.pairing;

/** Where a fulfilment record stands: the village confirms receipt, or disputes it and the helper explains or corrects. */
enum FulfilmentStatus {
    AWAITING_RECEIPT("待村确认"), DISPUTED("有异议，待说明"), CONFIRMED("已确认收到");

    private final String label;

    FulfilmentStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
