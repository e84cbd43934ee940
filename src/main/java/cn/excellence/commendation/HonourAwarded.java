package cn.excellence.commendation;

/**
 * An honour was issued with an award (e.g. 4,000 yuan for an excellent village cadre): published inside the
 * transaction that issues it, so whoever pays the award records what it owes in the same transaction.
 */
public record HonourAwarded(long honourId, long campaignId, long amountFen) {
}
