package cn.excellence.starrating;

/** Ids of the 五星级支部 models: process keys, elements and variables are API. */
public final class FiveStarProcess {

    public static final String BRANCH_PROCESS = "FiveStarBranch";
    public static final String REVIEW_PROCESS = "FiveStarReview";

    public static final String NOMINATION_SUBMITTED = "StartEvent_NominationSubmitted";
    public static final String TASK_ORG_DEPT_REVIEW = "Task_OrgDeptReviewNomination";
    public static final String TASK_REVISE_NOMINATION = "Task_ReviseNomination";
    public static final String CALL_VERIFICATION_SPOT_CHECK = "CallActivity_VerificationSpotCheck";
    public static final String STAR_AWARDED = "EndEvent_StarAwarded";
    public static final String STAR_REFUSED = "EndEvent_StarRefused";
    public static final String NOMINATION_REFUSED = "EndEvent_NominationRefused";
    public static final String FLOW_RETURNED = "Flow_NominationReturned";

    public static final String REVIEW_OPENED = "StartEvent_ReviewOpened";
    public static final String CALL_REVIEW_SPOT_CHECK = "CallActivity_ReviewSpotCheck";
    public static final String REVIEW_CLOSED = "EndEvent_ReviewClosed";

    public static final String VAR_NOMINATION_ID = "fiveStarNominationId";
    public static final String VAR_REVIEW_ID = "fiveStarReviewId";
    public static final String VAR_BRANCH_CODE = "branchCode";
    public static final String VAR_BRANCH_NAME = "branchName";
    public static final String VAR_YEAR = "year";
    public static final String VAR_REASONS = "reasons";
    public static final String VAR_NOMINATED_BY = "nominatedBy";
    public static final String VAR_DECISION = "reviewDecision";
    public static final String VAR_COMMENT = "reviewComment";
    public static final String VAR_SPOT_CHECK_ID = "spotCheckId";
    public static final String VAR_SPOT_CHECK_IDS = "spotCheckIds";
    public static final String VAR_STAR_AWARDED = "starAwarded";
    public static final String VAR_OUTCOME = "outcome";

    private FiveStarProcess() {
    }
}
