package cn.excellence.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.training.TrainingRepository.ReportRow;
import cn.excellence.training.TrainingViews.MemberCourse;
import cn.excellence.training.TrainingViews.MemberTraining;

/**
 * Training in figures, from the attendance records: person-times (参训人次), people and hours, in total, per category, per
 * township (or other Party committee) and per organization of the attendee, within the user's scope; and one member's.
 */
@Service
public class TrainingReport {

    private final TrainingRepository repository;
    private final TrainingAccess access;
    private final OrganizationService organizations;

    TrainingReport(TrainingRepository repository, TrainingAccess access, OrganizationService organizations) {
        this.repository = repository;
        this.access = access;
        this.organizations = organizations;
    }

    record Figures(String code, String name, int personTimes, int people, BigDecimal hours) {
    }

    record Report(int year, String scopeCode, Figures total, List<Figures> categories, List<Figures> townships, List<Figures> organizations) {
    }

    @Transactional(readOnly = true)
    public Report of(CurrentUser user, Integer year, String township) {
        int reportYear = year(year);
        Organization scope = access.organization(user, township);
        Set<String> codes = new HashSet<>(access.codesBelow(scope));
        List<ReportRow> rows = repository.reportRows(reportYear).stream().filter(r -> codes.contains(r.organizationCode())).toList();
        Map<String, List<ReportRow>> categories = new LinkedHashMap<>();
        Arrays.stream(TrainingCategory.values()).forEach(c -> categories.put(c.name(), new ArrayList<>()));
        Map<String, List<ReportRow>> townships = new TreeMap<>();
        Map<String, List<ReportRow>> perOrganization = new TreeMap<>();
        for (ReportRow row : rows) {
            categories.get(row.category().name()).add(row);
            townships.computeIfAbsent(row.townshipCode(), c -> new ArrayList<>()).add(row);
            perOrganization.computeIfAbsent(row.organizationCode(), c -> new ArrayList<>()).add(row);
        }
        List<Figures> byCategory = categories.entrySet().stream()
                .map(e -> figures(e.getKey(), TrainingCategory.valueOf(e.getKey()).label(), e.getValue())).toList();
        return new Report(reportYear, scope.code(), figures(scope.code(), scope.name(), rows), byCategory,
                named(townships), named(perOrganization));
    }

    byte[] workbook(CurrentUser user, Integer year, String township) {
        Report report = of(user, year, township);
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("合计", report.total()));
        report.categories().forEach(f -> rows.add(row("培训类别", f)));
        report.townships().forEach(f -> rows.add(row("苏木镇（党委）", f)));
        report.organizations().forEach(f -> rows.add(row("党组织", f)));
        return Workbooks.write(report.year() + "年党员培训", List.of("层级", "代码", "名称", "参训人次", "参训人数", "学时合计"), rows);
    }

    @Transactional(readOnly = true)
    public MemberTraining member(CurrentUser user, long memberId) {
        MemberProfile member = organizations.member(memberId).filter(m -> organizations.canSee(user, m.organizationCode()))
                .orElseThrow(() -> ApiException.notFound("找不到编号为 " + memberId + " 的党员，或您无权查看。"));
        List<MemberCourse> courses = new ArrayList<>();
        BigDecimal hours = BigDecimal.ZERO.setScale(1);
        for (Attendance a : repository.attendanceOfMember(memberId)) {
            Course course = repository.find(a.courseId()).orElseThrow();
            courses.add(new MemberCourse(course.id(), course.topic(), course.startDate().toString(), course.category(), a.hours()));
            hours = hours.add(a.hours());
        }
        return new MemberTraining(member.id(), member.name(), member.organizationCode(), courses.size(), hours, courses);
    }

    private static List<?> row(String level, Figures f) {
        return List.of(level, f.code(), f.name(), f.personTimes(), f.people(), f.hours().doubleValue());
    }

    private List<Figures> named(Map<String, List<ReportRow>> groups) {
        return groups.entrySet().stream().map(e -> figures(e.getKey(),
                organizations.find(e.getKey()).map(Organization::name).orElse(e.getKey()), e.getValue())).toList();
    }

    private static Figures figures(String code, String name, Collection<ReportRow> rows) {
        return new Figures(code, name, rows.size(), (int) rows.stream().map(ReportRow::person).distinct().count(),
                rows.stream().map(ReportRow::hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add));
    }

    /** A year: given, from 2000 to next year. */
    static int year(Integer year) {
        int current = TrainingAccess.today().getYear();
        if (year == null) {
            return current;
        }
        if (year < CourseRequest.FIRST_YEAR || year > current + 1) {
            throw new TaskInputException("“年度”应在 " + CourseRequest.FIRST_YEAR + " 至 " + (current + 1) + " 之间。");
        }
        return year;
    }
}
