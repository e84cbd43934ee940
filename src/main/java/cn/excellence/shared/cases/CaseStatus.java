package cn.excellence.shared.cases;

/** One status a kind of record can be in, with its Chinese label. */
public record CaseStatus(CaseKind kind, String status, String label) {
}
