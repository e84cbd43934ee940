package cn.excellence.dutyreview;

/** Ids of the duty-review models (述职评议): process keys, elements and variables are API. */
public final class DutyReviewProcess {

    public static final String ROUND_PROCESS = "DutyReviewRound";
    public static final String REPORT_PROCESS = "DutyReport";
    public static final String GRADE_DECISION = "DutyGrade";

    public static final String ROUND_START = "StartEvent_RoundRequested";
    public static final String OPEN_ROUND = "ServiceTask_OpenRound";
    public static final String CALL_DUTY_REPORTS = "CallActivity_DutyReports";
    public static final String CLOSE_ROUND = "ServiceTask_CloseRound";
    public static final String ROUND_CLOSED = "EndEvent_RoundClosed";

    public static final String TASK_SUBMIT_REPORT = "Task_SubmitDutyReport";
    public static final String TASK_PRE_REVIEW = "Task_PreReview";
    public static final String TASK_RATE_REPORT = "Task_RateReport";
    public static final String TASK_HANDLE_ESCALATION = "Task_HandleRatingEscalation";
    public static final String TASK_SUBMIT_RECTIFICATION = "Task_SubmitRectificationPlan";
    public static final String SUBMIT_REMINDER = "BoundaryEvent_SubmitReminder";
    public static final String SUBMIT_OVERDUE = "BoundaryEvent_SubmitOverdue";
    public static final String RATING_REMINDER = "BoundaryEvent_RatingReminder";
    public static final String RATING_DEADLINE = "BoundaryEvent_RatingDeadline";
    public static final String CHECK_QUORUM = "ServiceTask_CheckQuorum";
    public static final String TALLY_RATINGS = "ServiceTask_TallyRatings";
    public static final String REOPEN_RATING = "ServiceTask_ReopenRating";
    public static final String DETERMINE_GRADE = "BusinessRuleTask_DetermineGrade";
    public static final String REPORT_RATED = "EndEvent_ReportRated";
    public static final String RECTIFICATION_SUBMITTED = "EndEvent_RectificationPlanSubmitted";
    public static final String FLOW_REPORT_RETURNED = "Flow_ReportReturned";
    public static final String FLOW_QUORUM_MET = "Flow_QuorumMet";
    public static final String FLOW_QUORUM_MISSED = "Flow_QuorumMissed";
    public static final String FLOW_RATING_REOPENED = "Flow_RatingReopened";
    public static final String FLOW_TALLY_WITH_VOTES_IN_HAND = "Flow_TallyWithVotesInHand";

    public static final String VAR_YEAR = "year";
    public static final String VAR_TITLE = "title";
    public static final String VAR_TOWNSHIPS = "townships";
    public static final String VAR_REVIEWERS = "reviewers";
    public static final String VAR_REPORT_DUE = "reportDueDate";
    public static final String VAR_RATING_DUE = "ratingDueDate";
    /** The start form's checklist of townships and its choice between all plenary members and listed reviewers. */
    public static final String VAR_CHOSEN_TOWNSHIPS = "chosenTownships";
    public static final String VAR_REVIEWER_SCOPE = "reviewerScope";
    public static final String VAR_REPORT_REMINDER_AT = "reportReminderAt";
    public static final String VAR_RATING_REMINDER_AT = "ratingReminderAt";
    public static final String VAR_RECTIFICATION_DUE = "rectificationDueDate";
    public static final String VAR_ROUND_ID = "roundId";
    public static final String VAR_REPORT_IDS = "dutyReportIds";
    public static final String VAR_REPORT_ID = "dutyReportId";
    public static final String VAR_SECRETARY = "secretary";
    public static final String VAR_TOWNSHIP_NAME = "townshipName";
    public static final String VAR_REVIEWER = "reviewer";
    public static final String VAR_PENDING_REVIEWERS = "pendingReviewers";
    public static final String VAR_THEME = "theme";
    public static final String VAR_ACHIEVEMENTS = "achievements";
    public static final String VAR_PROBLEMS = "problems";
    public static final String VAR_NEXT_PLANS = "nextPlans";
    public static final String VAR_PRE_REVIEW_DECISION = "preReviewDecision";
    public static final String VAR_RETURN_REASON = "returnReason";
    public static final String VAR_RATING = "rating";
    public static final String VAR_RATING_COMMENT = "ratingComment";
    public static final String VAR_QUORUM_MET = "quorumMet";
    public static final String VAR_VOTES_CAST = "votesCast";
    public static final String VAR_REVIEWER_COUNT = "reviewerCount";
    public static final String VAR_ESCALATION_DECISION = "escalationDecision";
    public static final String VAR_NEW_RATING_DUE = "newRatingDueDate";
    public static final String VAR_SATISFACTION = "satisfaction";
    public static final String VAR_GRADE = "grade";
    public static final String VAR_GRADE_LABEL = "gradeLabel";
    public static final String VAR_RECTIFICATION_PLAN = "rectificationPlan";
    public static final String VAR_REMINDER_KIND = "reminderKind";

    public static final String DECISION_ACCEPT = "ACCEPT";
    public static final String DECISION_RETURN = "RETURN";
    public static final String ESCALATION_REOPEN = "REOPEN";
    public static final String ESCALATION_TALLY = "TALLY";

    private DutyReviewProcess() {
    }
}
