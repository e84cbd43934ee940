package cn.excellence.pairing;

import java.util.List;

/** What the helper commits to a village for a year: funds (fen), projects and information (one line each). */
record Commitment(long pairId, int year, long fundsFen, List<String> projects, List<String> information) {
}
