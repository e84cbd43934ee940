package cn.excellence.commendation;

/** Ids of the commendation models (评先表彰): process keys, elements, messages and variables are API. */
public final class CommendationProcess {

    public static final String CAMPAIGN_PROCESS = "CommendationCampaign";
    public static final String NOMINATION_PROCESS = "Nomination";
    public static final String OBJECTION_PROCESS = "ObjectionVerification";

    public static final String NOMINATION_DEADLINE = "TimerEvent_NominationDeadline";
    public static final String TASK_SELECT_NOMINEES = "Task_SelectNominees";
    public static final String TASK_APPROVE_LIST = "Task_ApproveList";
    public static final String PUBLISH_NOTICE = "ServiceTask_PublishNotice";
    public static final String NOTICE_PERIOD_ENDS = "TimerEvent_NoticePeriodEnds";
    public static final String RECHECK_OBJECTIONS = "TimerEvent_RecheckObjections";
    public static final String ISSUE_COMMENDATIONS = "ServiceTask_IssueCommendations";
    public static final String CAMPAIGN_CLOSED = "EndEvent_CampaignClosed";

    public static final String CHECK_ELIGIBILITY = "ServiceTask_CheckEligibility";
    public static final String INELIGIBLE = "EndEvent_Ineligible";
    public static final String TASK_TOWNSHIP_REVIEW = "Task_TownshipReview";
    public static final String TASK_REVISE_NOMINATION = "Task_ReviseNomination";
    public static final String TASK_ORG_DEPT_REVIEW = "Task_OrgDeptReview";
    public static final String REJECTED_BY_TOWNSHIP = "EndEvent_RejectedByTownship";
    public static final String REJECTED_BY_ORG_DEPT = "EndEvent_RejectedByOrgDept";
    public static final String AWAIT_CAMPAIGN_DECISION = "ReceiveTask_AwaitCampaignDecision";
    public static final String NOMINATION_DECIDED = "EndEvent_NominationDecided";
    public static final String MESSAGE_CAMPAIGN_DECIDED = "CampaignDecided";

    public static final String TASK_VERIFY_OBJECTION = "Task_VerifyObjection";
    public static final String OBJECTION_VERIFIED = "EndEvent_ObjectionVerified";

    public static final String VAR_CAMPAIGN_ID = "campaignId";
    public static final String VAR_CAMPAIGN_REQUEST = "campaignRequest";
    public static final String VAR_NOMINATION_DEADLINE = "nominationDeadline";
    public static final String VAR_NOTICE_ENDS_AT = "noticeEndsAt";
    public static final String VAR_NOMINATION_OPTIONS = "nominationOptions";
    public static final String VAR_QUOTA_SUMMARY = "quotaSummary";
    public static final String VAR_SELECTED = "selectedNominations";
    public static final String VAR_SELECTION_SUMMARY = "selectionSummary";
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";
    public static final String VAR_SEND_BACK_REASON = "sendBackReason";
    public static final String VAR_OPEN_OBJECTIONS = "openObjections";

    public static final String VAR_NOMINATION_ID = "nominationId";
    public static final String VAR_NOMINEE_NAME = "nomineeName";
    public static final String VAR_CATEGORY_CODE = "categoryCode";
    public static final String VAR_NOMINEE_ORGANIZATION_CODE = "nomineeOrganizationCode";
    public static final String VAR_NOMINEE_MEMBER_ID = "nomineeMemberId";
    public static final String VAR_CATEGORY_NAME = "categoryName";
    public static final String VAR_DEEDS = "deeds";
    public static final String VAR_NOTES = "notes";
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_TOWNSHIP_SECRETARY = "townshipSecretary";
    public static final String VAR_NOMINATED_BY = "nominatedBy";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_REVIEW_NOTE = "reviewNote";

    public static final String VAR_OBJECTION_ID = "objectionId";
    public static final String VAR_OBJECTION_REASON = "objectionReason";
    public static final String VAR_VERDICT = "verdict";
    public static final String VAR_VERDICT_NOTE = "verdictNote";

    private CommendationProcess() {
    }
}
