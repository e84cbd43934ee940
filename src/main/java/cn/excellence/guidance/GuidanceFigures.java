package cn.excellence.guidance;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.excellence.guidance.GuidanceViews.OrganizationRef;
import cn.excellence.guidance.GuidanceViews.ReportFigures;
import cn.excellence.guidance.GuidanceViews.ReportView;
import cn.excellence.guidance.GuidanceViews.StaffFigures;
import cn.excellence.guidance.GuidanceViews.StaffView;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** The month's reporting figures per staff member, from the reports the user may see. */
@Service
class GuidanceFigures {

    private final GuidanceService guidance;
    private final ReportRepository reports;
    private final OrganizationService organizations;

    GuidanceFigures(GuidanceService guidance, ReportRepository reports, OrganizationService organizations) {
        this.guidance = guidance;
        this.reports = reports;
        this.organizations = organizations;
    }

    ReportFigures figures(CurrentUser user, String period, String kind, String township) {
        String month = month(period);
        StaffKind staffKind = kind == null || kind.isBlank() ? null : TextRules.choice(kind, StaffKind.class, "类别");
        if (township != null && !township.isBlank()) {
            organizations.visible(user, township);
        }
        List<GuidanceStaff> staff = guidance.visibleStaff(user).stream()
                .filter(s -> staffKind == null || s.kind() == staffKind)
                .filter(s -> township == null || township.isBlank() || s.townshipCodes().contains(township)).toList();
        Set<Long> ids = staff.stream().map(GuidanceStaff::id).collect(Collectors.toSet());
        Map<Long, List<GuidanceReport>> byStaff = new HashMap<>();
        reports.ofMonth(month).stream().filter(r -> ids.contains(r.staffId()))
                .forEach(r -> byStaff.computeIfAbsent(r.staffId(), k -> new ArrayList<>()).add(r));
        Map<String, String> names = new HashMap<>();
        List<StaffFigures> rows = staff.stream().map(s -> row(s, byStaff.getOrDefault(s.id(), List.of()),
                s.organizationCodes().stream().map(c -> names.computeIfAbsent(c, guidance::organizationName)).toList())).toList();
        return new ReportFigures(month, rows.size(), count(staff, StaffKind.TOWNSHIP_INSTRUCTOR), count(staff, StaffKind.VILLAGE_INSTRUCTOR),
                count(staff, StaffKind.LIAISON), sum(rows, StaffFigures::weeklyReports), sum(rows, StaffFigures::weeklySubmitted),
                sum(rows, StaffFigures::monthlySummaries), sum(rows, StaffFigures::monthlySubmitted), sum(rows, StaffFigures::late),
                sum(rows, StaffFigures::lateSubmitted), sum(rows, StaffFigures::escalated), rows);
    }

    static String month(String period) {
        if (period == null || period.isBlank()) {
            return YearMonth.from(CadenceService.today()).toString();
        }
        try {
            return YearMonth.parse(TextRules.required(period, "月份", 1, 20)).toString();
        } catch (DateTimeParseException e) {
            throw new TaskInputException("“月份”（period）应为如 2026-07 的年月。");
        }
    }

    private static int count(List<GuidanceStaff> staff, StaffKind kind) {
        return (int) staff.stream().filter(s -> s.kind() == kind).count();
    }

    private static int sum(List<StaffFigures> rows, java.util.function.ToIntFunction<StaffFigures> value) {
        return rows.stream().mapToInt(value).sum();
    }

    private static StaffFigures row(GuidanceStaff s, List<GuidanceReport> own, List<String> organizationNames) {
        List<GuidanceReport> weekly = own.stream().filter(r -> r.cadence() == Cadence.WEEKLY).toList();
        List<GuidanceReport> monthly = own.stream().filter(r -> r.cadence() == Cadence.MONTHLY).toList();
        return new StaffFigures(s.id(), s.userId(), s.name(), s.kind().name(), s.kind().label(),
                organizationNames, weekly.size(),
                (int) weekly.stream().filter(GuidanceReport::submitted).count(), monthly.size(),
                (int) monthly.stream().filter(GuidanceReport::submitted).count(), (int) own.stream().filter(GuidanceReport::late).count(),
                (int) own.stream().filter(r -> r.late() && r.submitted()).count(), (int) own.stream().filter(GuidanceReport::escalated).count());
    }

    StaffView view(GuidanceStaff s) {
        return new StaffView(s.id(), s.userId(), s.name(), s.kind().name(), s.kind().label(), s.active(),
                s.organizationCodes().stream().map(c -> new OrganizationRef(c, guidance.organizationName(c))).toList());
    }

    List<ReportView> reportsOf(GuidanceStaff s) {
        return reports.ofStaff(s.id()).stream().map(GuidanceFigures::view).toList();
    }

    static ReportView view(GuidanceReport r) {
        return new ReportView(r.id(), r.staffId(), r.cadence().name(), r.cadence().label(), r.period(), r.month(), r.dueAt(),
                r.submitted() ? "SUBMITTED" : "AWAITING", r.statusLabel(), r.late(), r.escalated(), r.submittedAt(), r.processInstanceId());
    }
}
