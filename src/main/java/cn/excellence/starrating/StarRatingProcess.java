package cn.excellence.starrating;

/** Ids of the star-rating models (星级评比): process keys, elements and variables are API. */
public final class StarRatingProcess {

    public static final String CAMPAIGN_PROCESS = "StarRatingCampaign";
    public static final String BRANCH_PROCESS = "StarRatingBranch";
    public static final String OBJECTION_PROCESS = "StarObjectionVerification";
    public static final String DECISION_STARS = "StarRatingStars";

    public static final String OPEN_CAMPAIGN = "ServiceTask_OpenStarCampaign";
    public static final String CALL_BRANCH_RATINGS = "CallActivity_BranchRatings";
    public static final String PUBLISH_CAMPAIGN_RESULT = "ServiceTask_PublishCampaignResult";
    public static final String CAMPAIGN_CLOSED = "EndEvent_StarCampaignClosed";

    public static final String TASK_ENTER_SCORES = "Task_EnterScores";
    public static final String COMPUTE_STARS = "ServiceTask_ComputeStars";
    public static final String TASK_PROPOSE_STARS = "Task_ProposeStars";
    public static final String TASK_TOWNSHIP_REVIEW = "Task_TownshipStarReview";
    public static final String FLOW_RETURNED_BY_TOWNSHIP = "Flow_ReturnedByTownship";
    public static final String TASK_ORG_DEPT_CONFIRM = "Task_OrgDeptConfirmStars";
    public static final String PUBLISH_NOTICE = "ServiceTask_PublishStarNotice";
    public static final String NOTICE_PERIOD_ENDS = "TimerEvent_StarNoticeEnds";
    public static final String CHECK_OBJECTIONS = "ServiceTask_CheckStarObjections";
    public static final String RECHECK_OBJECTIONS = "TimerEvent_RecheckStarObjections";
    public static final String RECORD_STARS = "ServiceTask_RecordMemberStars";
    public static final String BRANCH_RATED = "EndEvent_BranchRated";

    public static final String TASK_VERIFY_OBJECTION = "Task_VerifyStarObjection";
    public static final String OBJECTION_VERIFIED = "EndEvent_StarObjectionVerified";

    public static final String VAR_CAMPAIGN_ID = "campaignId";
    public static final String VAR_RATING_IDS = "ratingIds";
    public static final String VAR_RATING_ID = "ratingId";
    public static final String VAR_BRANCH_NAME = "branchName";
    public static final String VAR_SECRETARY = "branchSecretary";
    public static final String VAR_REVIEWER = "reviewer";
    public static final String VAR_SCORES_CHECKED = "scoresChecked";
    public static final String VAR_ENTRY_NOTE = "entryNote";
    public static final String VAR_PROPOSAL_SUMMARY = "proposalSummary";
    public static final String VAR_ADJUSTMENTS = "adjustments";
    public static final String VAR_TOWNSHIP_DECISION = "townshipDecision";
    public static final String VAR_TOWNSHIP_NOTE = "townshipNote";
    public static final String VAR_CONFIRM_NOTE = "confirmNote";
    public static final String VAR_NOTICE_ENDS_AT = "noticeEndsAt";
    public static final String VAR_OPEN_OBJECTIONS = "openObjections";

    public static final String VAR_OBJECTION_ID = "objectionId";
    public static final String VAR_NOMINEE_NAME = "nomineeName";
    public static final String VAR_OBJECTION_REASON = "objectionReason";
    public static final String VAR_VERDICT = "verdict";
    public static final String VAR_VERDICT_NOTE = "verdictNote";

    private StarRatingProcess() {
    }
}
