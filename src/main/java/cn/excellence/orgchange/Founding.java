package cn.excellence.orgchange;

import java.time.Instant;
import java.time.LocalDate;

import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.Sector;

/**
 * A founding (成立党组织): the application, org-dept's approval, the organization it founded (a new node, or for a 补录 the
 * node already in the tree) and its first committee election.
 */
public record Founding(long id, String parentCode, String organizationCode, boolean existing, String name, OrganizationKind kind,
        Sector sector, String reason, String memberIds, int branches, LocalDate proposedOn, LocalDate foundedOn, FoundingStatus status,
        String reviewComment, Integer electorsEntitled, Integer electorsPresent, LocalDate electedOn, String filingComment,
        String appliedBy, String applyingOrgCode, String processInstanceId, Instant updatedAt) {
}
