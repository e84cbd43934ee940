package cn.excellence.supervision;

/** Ids of the supervision models (督查): process keys, elements and variables are API. */
public final class SupervisionProcess {

    public static final String CYCLE_PROCESS = "SupervisionCycle";
    public static final String REPORT_PROCESS = "MonthlyReport";
    public static final String SPOT_CHECK_PROCESS = "SpotCheck";
    /** Org-dept's request for a cycle through Tasklist's 启动流程 (发起月度督查): the cycle's own timer start leaves it no none start. */
    public static final String REQUEST_PROCESS = "SupervisionCycleRequest";
    public static final String REQUEST_SUBMITTED = "StartEvent_CycleRequestSubmitted";
    public static final String REQUEST_DONE = "EndEvent_CycleStarted";

    public static final String MONTHLY_TIMER = "StartEvent_MonthlyTimer";
    public static final String MESSAGE_CYCLE_REQUESTED = "SupervisionCycleRequested";
    public static final String NOT_TODAY = "EndEvent_NotToday";
    public static final String CALL_MONTHLY_REPORTS = "CallActivity_MonthlyReports";
    public static final String CALL_SPOT_CHECKS = "CallActivity_SpotChecks";
    public static final String PUBLISH_BULLETIN = "ServiceTask_PublishBulletin";
    public static final String CYCLE_CLOSED = "EndEvent_CycleClosed";
    public static final String TASK_SUBMIT_REPORT = "Task_SubmitMonthlyReport";
    public static final String TASK_CHASE_LATE_REPORT = "Task_ChaseLateReport";
    public static final String TASK_REVIEW_REPORT = "Task_ReviewMonthlyReport";
    public static final String TASK_INSPECT = "Task_InspectOrganization";
    public static final String TASK_RECTIFY = "Task_RectifyFindings";
    public static final String TASK_VERIFY = "Task_VerifyRectification";
    public static final String SPOT_CHECK_CLEAN = "EndEvent_SpotCheckClean";
    public static final String SPOT_CHECK_CLOSED = "EndEvent_SpotCheckClosed";

    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_START_TODAY = "startToday";
    public static final String VAR_REPORT_IDS = "reportIds";
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_SPOT_CHECK_IDS = "spotCheckIds";
    public static final String VAR_SPOT_CHECK_ID = "spotCheckId";
    public static final String VAR_UNIT_SECRETARY = "unitSecretary";
    public static final String VAR_UNIT_NAME = "unitName";
    public static final String VAR_ORGANIZATION_NAME = "organizationName";
    public static final String VAR_ORGANIZATION_SECRETARY = "organizationSecretary";
    public static final String VAR_FINDING_COUNT = "findingCount";
    public static final String VAR_VERIFICATION = "verification";
    public static final String VAR_VERIFY_COMMENT = "verifyComment";
    public static final String VAR_VISITS_MADE = "visitsMade";
    public static final String VAR_NEXT_STEPS = "nextSteps";
    public static final String VAR_MEMBERS_TRAINED = "membersTrained";
    public static final String VAR_PROGRESS = "progress";
    public static final String VAR_PROBLEMS = "problems";
    public static final String VAR_REVIEW_RESULT = "reviewResult";
    public static final String VAR_REVIEW_COMMENT = "reviewComment";
    public static final String VAR_RECTIFICATION_REPORT = "rectificationReport";
    public static final String VAR_REPORT_ESCALATION_AT = "reportEscalationAt";
    public static final String VAR_REPORT_REMINDER_AT = "reportReminderAt";
    public static final String VAR_REPORT_DUE_DATE = "reportDueDate";
    public static final String VAR_FINDINGS_TEXT = "findingsText";
    public static final String VAR_RECTIFICATION_REMINDER_AT = "rectificationReminderAt";
    public static final String VAR_RECTIFICATION_DUE_DATE = "rectificationDueDate";
    public static final String VAR_RECTIFICATION_DAYS = "rectificationDays";
    public static final String VAR_INSPECTION_NOTES = "inspectionNotes";
    public static final String VAR_FINDINGS = "findings";
    public static final String VAR_SCORE = "score";
    public static final String VAR_SEED = "seed";
    public static final String VAR_STRATA = "strata";
    public static final String VAR_SAMPLE_SIZE = "sampleSize";
    public static final String VAR_CHECKLIST = "checklist";
    public static final String VAR_UNITS = "units";
    public static final String VAR_PERIOD = "period";
    public static final String VAR_CHASE_NOTE = "chaseNote";

    private SupervisionProcess() {
    }
}
