package cn.excellence.orgchange;

/** A candidate of a first committee election: votes, whether elected (more than half of the electors present) and office. */
public record Candidate(long memberId, String memberName, int votes, boolean elected, CommitteeOffice office) {
}
