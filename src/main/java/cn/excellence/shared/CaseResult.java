package cn.excellence.shared;

/**
 * A case reached an outcome its people are told about (办结): a duty report's grade, a nomination's, loan's or relief's
 * decision or payment, a spot check's accepted rectification. Published in the transaction of the change (the notification
 * module writes its part there); {@code outcome} names the outcome within the case, so the same outcome announced again
 * is told once; {@code recipient} is a user id.
 */
public record CaseResult(String processInstanceId, String outcome, String recipient, String title, String message) {
}
