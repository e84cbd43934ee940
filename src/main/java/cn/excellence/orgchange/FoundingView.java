package cn.excellence.orgchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A founding as the API shows it: the application, where it stands, the organization founded and the election's candidates. */
public record FoundingView(long id, String name, String kind, String sector, String parentCode, String organizationCode, boolean existing,
        String reason, LocalDate proposedOn, LocalDate foundedOn, FoundingStatus status, String statusLabel, String reviewComment,
        Integer electorsEntitled, Integer electorsPresent, LocalDate electedOn, String filingComment, String appliedBy, Instant updatedAt,
        List<Candidate> candidates) {
}
