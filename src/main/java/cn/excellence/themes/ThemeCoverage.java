package cn.excellence.themes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.organization.Sector;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.themes.ThemeViews.Coverage;
import cn.excellence.themes.ThemeViews.Totals;
import cn.excellence.themes.ThemeViews.Uncovered;

/** 全覆盖: of the registrations a user may see, how many are registered and approved per township and per sector, and which are not covered. */
@Service
public class ThemeCoverage {

    private final ThemeService themes;
    private final ThemeRegistrations registrations;
    private final OrganizationService organizations;

    ThemeCoverage(ThemeService themes, ThemeRegistrations registrations, OrganizationService organizations) {
        this.themes = themes;
        this.registrations = registrations;
        this.organizations = organizations;
    }

    /** The coverage of the year, optionally of one township (its code) and one sector (TOWNSHIP, VILLAGE, ORGAN …). */
    public Coverage of(CurrentUser user, int year, String township, String sector) {
        ThemeYear campaign = themes.year(year);
        String sectorName = sector(sector);
        if (township != null && !township.isBlank()) {
            Organization found = organizations.visible(user, township.strip());
            if (found.sector() != Sector.TOWNSHIP || !found.code().equals(found.townshipCode())) {
                throw new TaskInputException("“township”应为苏木镇的代码，如 wulashan。");
            }
        }
        List<ThemeRegistration> rows = registrations.visible(user, year).stream()
                .filter(r -> township == null || township.isBlank() || township.strip().equals(r.townshipCode()))
                .filter(r -> sectorName == null || sectorName.equals(r.sector())).toList();
        Map<String, List<ThemeRegistration>> byTownship = rows.stream().filter(r -> r.townshipCode() != null)
                .collect(Collectors.groupingBy(ThemeRegistration::townshipCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<ThemeRegistration>> bySector = rows.stream()
                .collect(Collectors.groupingBy(ThemeRegistration::sector, LinkedHashMap::new, Collectors.toList()));
        List<Uncovered> uncovered = rows.stream().filter(r -> r.status() != ThemeStatus.APPROVED).map(r -> new Uncovered(r.organizationCode(),
                r.organizationName(), r.townshipCode(), SectorLabels.of(r.sector()), r.status().name(), r.status().label(), r.late(), r.secretary()))
                .toList();
        return new Coverage(year, campaign.status(), campaign.deadline(), totals("all", "合计", rows),
                groups(byTownship, code -> organizations.get(code).name()), groups(bySector, SectorLabels::of), uncovered);
    }

    private static String sector(String sector) {
        if (sector == null || sector.isBlank()) {
            return null;
        }
        String name = sector.strip().toUpperCase(Locale.ROOT);
        if (!SectorLabels.known(name)) {
            throw new TaskInputException("“sector”应为 TOWNSHIP、VILLAGE、ENTERPRISE、ORGAN、COMMUNITY、SCHOOL 或 HEALTH 之一。");
        }
        return name;
    }

    private static List<Totals> groups(Map<String, List<ThemeRegistration>> groups, Function<String, String> name) {
        List<Totals> totals = new ArrayList<>();
        groups.forEach((code, rows) -> totals.add(totals(code, name.apply(code), rows)));
        return totals;
    }

    static Totals totals(String code, String name, List<ThemeRegistration> rows) {
        long registered = rows.stream().filter(r -> r.status() != ThemeStatus.UNREGISTERED).count();
        long approved = rows.stream().filter(r -> r.status() == ThemeStatus.APPROVED).count();
        BigDecimal percent = rows.isEmpty() ? new BigDecimal("0.0")
                : BigDecimal.valueOf(approved * 100).divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP);
        return new Totals(code, name, rows.size(), registered, approved, percent);
    }

    /** The coverage as a workbook: per township, per sector, and the organizations not covered. */
    public byte[] workbook(CurrentUser user, int year, String township, String sector) {
        Coverage coverage = of(user, year, township, sector);
        List<String> headers = List.of("名称", "党组织数", "已登记", "已通过", "覆盖率（%）");
        Function<Totals, List<Object>> row = t -> List.of(t.name(), t.organizations(), t.registered(), t.approved(), t.percent().doubleValue());
        List<List<Object>> townships = new ArrayList<>(coverage.townships().stream().map(row).toList());
        townships.add(row.apply(coverage.total()));
        List<List<Object>> sectors = new ArrayList<>(coverage.sectors().stream().map(row).toList());
        sectors.add(row.apply(coverage.total()));
        List<List<Object>> open = coverage.uncovered().stream().map(u -> List.<Object>of(u.organizationCode(), u.organizationName(),
                u.sectorLabel(), u.statusLabel(), u.late() ? "逾期" : "", u.secretary() == null ? "旗委组织部" : u.secretary())).toList();
        return Workbooks.write(List.of(new Workbooks.Table("按苏木镇", headers, townships, java.util.Set.of()),
                new Workbooks.Table("按领域", headers, sectors, java.util.Set.of()),
                new Workbooks.Table("未覆盖的党组织", List.of("代码", "党组织", "领域", "状态", "逾期", "登记人"), open, java.util.Set.of(0))));
    }
}
