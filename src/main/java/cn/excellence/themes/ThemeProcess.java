package cn.excellence.themes;

/** Ids of the theme models (活动主题和载体): process keys, elements and variables are API. */
public final class ThemeProcess {

    public static final String CAMPAIGN_PROCESS = "ThemeCampaign";
    public static final String REGISTRATION_PROCESS = "ThemeRegistration";

    public static final String OPEN_REGISTRATIONS = "ServiceTask_OpenThemeRegistrations";
    public static final String AWAIT_FULL_COVERAGE = "ReceiveTask_AwaitFullCoverage";
    public static final String MESSAGE_YEAR_COVERED = "ThemeYearCovered";
    public static final String REMINDER_DUE = "BoundaryEvent_ThemeReminderDue";
    public static final String REMIND_UNREGISTERED = "ServiceTask_RemindUnregisteredThemes";
    public static final String DEADLINE_PASSED = "BoundaryEvent_ThemeDeadlinePassed";
    public static final String MARK_LATE = "ServiceTask_MarkLateThemes";
    public static final String COMPLETE_YEAR = "ServiceTask_CompleteThemeYear";
    public static final String CAMPAIGN_COMPLETED = "EndEvent_ThemeCampaignCompleted";

    public static final String TASK_REGISTER = "Task_RegisterTheme";
    public static final String TASK_REVIEW = "Task_ReviewTheme";
    public static final String FLOW_RETURNED = "Flow_ThemeReturned";
    public static final String CHECK_COVERAGE = "ServiceTask_CheckThemeCoverage";
    public static final String THEME_APPROVED = "EndEvent_ThemeApproved";

    public static final String VAR_YEAR = "year";
    public static final String VAR_DEADLINE = "deadline";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_REGISTRATION_ID = "registrationId";
    public static final String VAR_ORGANIZATION_NAME = "organizationName";
    public static final String VAR_THEME = "theme";
    public static final String VAR_CARRIER = "carrier";
    public static final String VAR_MEASURES = "measures";
    public static final String VAR_DECISION = "reviewDecision";
    public static final String VAR_REVIEW_NOTE = "reviewNote";

    private ThemeProcess() {
    }
}
