package cn.excellence.guidance;

import java.time.Instant;
import java.util.List;

/** What the guidance API returns: typed records, Chinese labels beside the codes. */
final class GuidanceViews {

    private GuidanceViews() {
    }

    record OrganizationRef(String code, String name) {
    }

    /** 指导员/联络员 with the organizations they guide. */
    record StaffView(long id, String userId, String name, String kind, String kindLabel, boolean active, List<OrganizationRef> organizations) {
    }

    /** A registered staff member; initialPassword only when the account was created now (shown once). */
    record RegisteredView(long id, String userId, String initialPassword, StaffView staff) {
    }

    /** One 周报告 or 月总结 as its staff member or their supervisors see it. */
    record ReportView(long id, long staffId, String cadence, String cadenceLabel, String period, String month, Instant dueAt, String status,
            String statusLabel, boolean late, boolean escalated, Instant submittedAt, String processInstanceId) {
    }

    /** A staff member's reports of the month: submitted, late (逾期, 逾期提交), escalated (督促). */
    record StaffFigures(long staffId, String userId, String name, String kind, String kindLabel, List<String> organizations, int weeklyReports,
            int weeklySubmitted, int monthlySummaries, int monthlySubmitted, int late, int lateSubmitted, int escalated) {
    }

    /** The month's figures, computed from the records the user may see. */
    record ReportFigures(String period, int staff, int townshipInstructors, int villageInstructors, int liaisons, int weeklyReports,
            int weeklySubmitted, int monthlySummaries, int monthlySubmitted, int late, int lateSubmitted, int escalated, List<StaffFigures> rows) {
    }

    record SectorBody(String supervisor, String duties) {
    }

    record EvaluationView(long id, long staffId, String staffName, int year, String rating, String ratingLabel, String comment) {
    }

    record ExchangeView(long id, String period, boolean recorded, String meetingDate, String minutes, Integer attendees, String recordedBy) {
    }
}
