package cn.excellence.guidance;

/** Ids of the guidance models (指导联络): process keys, elements and variables are API. */
public final class GuidanceProcess {

    public static final String WEEKLY_PROCESS = "GuidanceWeeklyCycle";
    public static final String MONTHLY_PROCESS = "GuidanceMonthlyCycle";
    public static final String EXCHANGE_PROCESS = "GuidanceQuarterlyExchange";
    public static final String EVALUATION_PROCESS = "GuidanceAnnualEvaluation";
    public static final String REPORT_PROCESS = "GuidanceReport";

    public static final String WEEKLY_TIMER = "StartEvent_WeeklyTimer";
    public static final String MONTHLY_TIMER = "StartEvent_MonthlyTimer";
    public static final String QUARTERLY_TIMER = "StartEvent_QuarterlyTimer";
    public static final String ANNUAL_TIMER = "StartEvent_AnnualTimer";
    public static final String OPEN_WEEKLY = "ServiceTask_OpenWeeklyReports";
    public static final String OPEN_MONTHLY = "ServiceTask_OpenMonthlySummaries";
    public static final String OPEN_QUARTERLY = "ServiceTask_OpenQuarterlyExchange";
    public static final String OPEN_ANNUAL = "ServiceTask_OpenAnnualEvaluation";
    public static final String START_REPORT_BATCH = "ServiceTask_StartReportBatch";
    public static final String NOTHING_OPENED = "EndEvent_NothingOpened";
    public static final String REPORTS_OPENED = "EndEvent_ReportsOpened";
    public static final String PERIOD_DONE = "EndEvent_Done";
    public static final String TASK_RECORD_EXCHANGE = "Task_RecordQuarterlyExchange";
    public static final String TASK_EVALUATE = "Task_EvaluateInstructor";

    public static final String TASK_SUBMIT_WEEKLY = "Task_SubmitWeeklyReport";
    public static final String TASK_SUBMIT_MONTHLY = "Task_SubmitMonthlySummary";
    public static final String TASK_CHASE = "Task_ChaseLateGuidanceReport";
    public static final String REPORT_SUBMITTED = "EndEvent_ReportSubmitted";

    public static final String VAR_CADENCE = "cadence";
    public static final String VAR_PERIOD = "period";
    public static final String VAR_REPORTS_OPENED = "reportsOpened";
    public static final String VAR_MORE_REPORTS = "moreReports";
    public static final String VAR_EXCHANGE_OPENED = "exchangeOpened";
    public static final String VAR_EXCHANGE_ID = "exchangeId";
    public static final String VAR_EXCHANGE_RECORDERS = "exchangeRecorders";
    public static final String VAR_EVALUATION_OPENED = "evaluationOpened";
    public static final String VAR_EVALUATION_IDS = "evaluationIds";
    public static final String VAR_EVALUATION_ID = "evaluationId";
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_STAFF_USER = "staffUser";
    public static final String VAR_STAFF_NAME = "staffName";
    public static final String VAR_WEEKLY = "weekly";
    public static final String VAR_DUE_AT = "dueAt";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_ESCALATION_AT = "escalationAt";
    public static final String VAR_CHASE_ASSIGNEE = "chaseAssignee";
    public static final String VAR_PROGRESS = "progress";
    public static final String VAR_PROBLEMS = "problems";
    public static final String VAR_NEXT_PLANS = "nextPlans";
    public static final String VAR_CHASE_NOTE = "chaseNote";
    public static final String VAR_MEETING_DATE = "meetingDate";
    public static final String VAR_MINUTES = "minutes";
    public static final String VAR_ATTENDANCE = "attendance";
    public static final String VAR_RATING = "rating";
    public static final String VAR_RATING_COMMENT = "ratingComment";

    private GuidanceProcess() {
    }
}
