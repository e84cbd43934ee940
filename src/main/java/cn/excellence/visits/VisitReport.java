package cn.excellence.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.fund.Money;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;

/**
 * The year's figures, counted from the visit records in the user's scope: visits, members visited (distinct), by group and
 * by township, and the 慰问金 paid (count and yuan).
 */
@Service
class VisitReport {

    static final String NO_GROUP = "未分组";

    private final VisitRepository repository;
    private final VisitQueries queries;
    private final OrganizationService organizations;

    VisitReport(VisitRepository repository, VisitQueries queries, OrganizationService organizations) {
        this.repository = repository;
        this.queries = queries;
        this.organizations = organizations;
    }

    record Line(String code, String name, int visits, int members) {
    }

    record Report(int year, int visits, int membersVisited, int groups, List<Line> byGroup, List<Line> byTownship, int payments,
            BigDecimal paymentsYuan) {
    }

    @Transactional(readOnly = true)
    Report of(CurrentUser user, Integer year) {
        int y = VisitRules.year(year);
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = LocalDate.of(y, 12, 31);
        List<Visit> visits = repository.visits(queries.scope(user), from, to);
        Set<Long> ids = visits.stream().map(Visit::id).collect(Collectors.toSet());
        Map<Long, List<Visit.Member>> members = repository.membersBetween(from, to).stream().filter(m -> ids.contains(m.visitId()))
                .collect(Collectors.groupingBy(Visit.Member::visitId));
        List<Visit.Member> all = members.values().stream().flatMap(List::stream).toList();
        List<Visit.Member> paid = all.stream().filter(m -> m.reliefFen() != null).toList();
        List<Line> byGroup = lines(visits, members, v -> v.group() == null ? NO_GROUP : v.group(), g -> g);
        List<Line> byTownship = lines(visits, members, v -> v.townshipCode() == null ? v.organizationCode() : v.townshipCode(),
                code -> organizations.find(code).map(Organization::name).orElse(code));
        int groups = (int) byGroup.stream().filter(l -> !NO_GROUP.equals(l.code())).count();
        return new Report(y, visits.size(), distinct(all), groups, byGroup, byTownship, paid.size(),
                Money.yuan(paid.stream().mapToLong(Visit.Member::reliefFen).sum()));
    }

    byte[] workbook(CurrentUser user, Integer year) {
        Report report = of(user, year);
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("合计", "", report.visits(), report.membersVisited()));
        report.byGroup().forEach(l -> rows.add(List.of("走访组", l.name(), l.visits(), l.members())));
        report.byTownship().forEach(l -> rows.add(List.of("苏木镇（党委）", l.name(), l.visits(), l.members())));
        rows.add(List.of("慰问金", "发放 " + report.payments() + " 人次", report.payments(), report.paymentsYuan()));
        return Workbooks.write(report.year() + "年走访统计", List.of("类别", "名称", "走访次数", "走访党员（人）/ 金额（元）"), rows);
    }

    private static List<Line> lines(List<Visit> visits, Map<Long, List<Visit.Member>> members,
            java.util.function.Function<Visit, String> key, java.util.function.UnaryOperator<String> name) {
        Map<String, List<Visit>> grouped = visits.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return grouped.entrySet().stream().map(e -> new Line(e.getKey(), name.apply(e.getKey()), e.getValue().size(),
                distinct(e.getValue().stream().flatMap(v -> members.getOrDefault(v.id(), List.of()).stream()).toList()))).toList();
    }

    private static int distinct(List<Visit.Member> members) {
        Set<Long> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.memberId()));
        return ids.size();
    }
}
