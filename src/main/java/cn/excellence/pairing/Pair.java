package cn.excellence.pairing;

/** A pair (结对): the helping organization and the village it helps, from a year on. */
record Pair(long id, String helperCode, String villageCode, int fromYear) {
}
