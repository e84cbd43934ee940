package cn.excellence.orgchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;

/** The 两委换届 report computed from the recorded results and the reserve register, and its Excel export. */
@Component
class ElectionReports {

    private final CadreService cadres;
    private final OrganizationService organizations;

    ElectionReports(CadreService cadres, OrganizationService organizations) {
        this.cadres = cadres;
        this.organizations = organizations;
    }

    ElectionReport report(CurrentUser user, int year) {
        List<VillageElection> elections = cadres.elections(user, year);
        Map<String, List<VillageElection>> byTownship = elections.stream()
                .collect(Collectors.groupingBy(e -> e.townshipCode() == null ? "" : e.townshipCode(), TreeMap::new, Collectors.toList()));
        List<ElectionReport.TownshipRow> rows = new ArrayList<>();
        byTownship.forEach((code, list) -> rows.add(new ElectionReport.TownshipRow(code,
                organizations.find(code).map(Organization::name).orElse(code), list.size(), people(list), reserves(list))));
        return new ElectionReport(year, elections.size(), people(elections), reserves(elections), rows);
    }

    byte[] workbook(CurrentUser user, int year) {
        ElectionReport report = report(user, year);
        List<List<Object>> summary = new ArrayList<>();
        report.townships().forEach(t -> summary.add(List.of(t.townshipName(), t.offices(), t.electedPeople(), t.reserveCadresElected())));
        summary.add(List.of("合计", report.offices(), report.electedPeople(), report.reserveCadresElected()));
        List<List<Object>> details = cadres.elections(user, year).stream().map(e -> List.<Object>of(e.year(),
                organizations.find(e.organizationCode()).map(Organization::name).orElse(e.organizationCode()), e.officeLabel(), e.memberId(),
                e.memberName(), e.votes(), e.reserveCadre() ? "是" : "否")).toList();
        return Workbooks.write(List.of(
                new Workbooks.Table(year + "年换届汇总", List.of("苏木镇", "当选职务数", "当选人数", "后备干部当选人数"), summary, java.util.Set.of()),
                new Workbooks.Table("换届结果", List.of("年度", "嘎查村党组织", "当选职务", "党员编号", "姓名", "得票数", "后备干部"), details,
                        java.util.Set.of())));
    }

    private static int people(List<VillageElection> elections) {
        return (int) elections.stream().map(VillageElection::memberId).distinct().count();
    }

    private static int reserves(List<VillageElection> elections) {
        return (int) elections.stream().filter(VillageElection::reserveCadre).map(VillageElection::memberId).distinct().count();
    }
}
