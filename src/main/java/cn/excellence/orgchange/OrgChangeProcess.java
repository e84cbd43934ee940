package cn.excellence.orgchange;

/** Ids of the 组织设置 models: process keys, elements and variables are API. */
public final class OrgChangeProcess {

    public static final String FOUNDING_PROCESS = "OrganizationFounding";
    public static final String VILLAGE_ELECTION_PROCESS = "VillageElectionResult";

    public static final String FOUNDING_APPLIED = "StartEvent_FoundingApplied";
    public static final String TASK_REVIEW_FOUNDING = "Task_ReviewFounding";
    public static final String TASK_REVISE_APPLICATION = "Task_ReviseFoundingApplication";
    public static final String SERVICE_FOUND_ORGANIZATION = "ServiceTask_FoundOrganization";
    public static final String TASK_ELECT_FIRST_COMMITTEE = "Task_ElectFirstCommittee";
    public static final String TASK_FILE_ELECTION = "Task_FileElection";
    public static final String COMMITTEE_FILED = "EndEvent_CommitteeFiled";
    public static final String FLOW_APPLICATION_RETURNED = "Flow_ApplicationReturned";
    public static final String FLOW_ELECTION_RETURNED = "Flow_ElectionReturned";
    public static final String ELECTION_RECORDED = "EndEvent_ElectionResultRecorded";

    public static final String VAR_FOUNDING_ID = "foundingId";
    public static final String VAR_PARENT_CODE = "parentCode";
    public static final String VAR_EXISTING_CODE = "existingCode";
    public static final String VAR_NAME = "organizationName";
    public static final String VAR_KIND = "organizationKind";
    public static final String VAR_SECTOR = "sector";
    public static final String VAR_REASON = "reason";
    public static final String VAR_MEMBER_IDS = "memberIds";
    public static final String VAR_BRANCHES = "branches";
    public static final String VAR_PROPOSED_ON = "proposedOn";
    public static final String VAR_APPLIED_BY = "appliedBy";
    public static final String VAR_DECISION = "reviewDecision";
    public static final String VAR_COMMENT = "reviewComment";
    public static final String VAR_CANDIDATES = "candidates";
    public static final String VAR_ENTITLED = "electorsEntitled";
    public static final String VAR_PRESENT = "electorsPresent";
    public static final String VAR_ELECTED_ON = "electedOn";
    public static final String VAR_FILING_DECISION = "filingDecision";
    public static final String VAR_FILING_COMMENT = "filingComment";

    public static final String VAR_VILLAGE_ELECTION_ID = "villageElectionId";
    public static final String VAR_YEAR = "year";
    public static final String VAR_VILLAGE_CODE = "villageCode";
    public static final String VAR_OFFICE = "office";
    public static final String VAR_MEMBER_ID = "memberId";
    public static final String VAR_VOTES = "votes";

    private OrgChangeProcess() {
    }
}
