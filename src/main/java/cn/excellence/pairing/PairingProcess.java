package cn.excellence.pairing;

/** Ids of the {@code PairingReceipt} model (村确认收到): process key, elements and variables are API. */
public final class PairingProcess {

    public static final String RECEIPT_PROCESS = "PairingReceipt";
    public static final String TASK_CONFIRM_RECEIPT = "Task_ConfirmReceipt";
    public static final String TASK_EXPLAIN_FULFILMENT = "Task_ExplainFulfilment";
    public static final String RECEIPT_CONFIRMED = "EndEvent_ReceiptConfirmed";

    public static final String VAR_FULFILMENT_ID = "fulfilmentId";
    public static final String VAR_VILLAGE_SECRETARY = "villageSecretary";
    public static final String VAR_HELPER_SECRETARY = "helperSecretary";
    public static final String VAR_HELPER_NAME = "helperName";
    public static final String VAR_VILLAGE_NAME = "villageName";
    public static final String VAR_FULFILMENT_SUMMARY = "fulfilmentSummary";
    public static final String VAR_RECEIPT = "receipt";
    public static final String VAR_RECEIPT_NOTE = "receiptNote";
    public static final String VAR_EXPLANATION = "explanation";
    public static final String VAR_CORRECTED_AMOUNT = "correctedAmount";

    /** The village's answer on the confirmation form. */
    enum Receipt { CONFIRMED, DISPUTED }

    private PairingProcess() {
    }
}
