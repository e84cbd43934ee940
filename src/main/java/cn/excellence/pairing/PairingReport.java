package cn.excellence.pairing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.fund.Money;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.pairing.PairingViews.HelperProgress;
import cn.excellence.pairing.PairingViews.HelpersReport;
import cn.excellence.pairing.PairingViews.PairProgress;
import cn.excellence.pairing.PairingViews.PairsReport;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;

/**
 * Commitments against fulfilment, from the records: per pair and per helping organization in a year, counting only what the
 * village confirmed; within the user's scope (pairs whose helper or village they see).
 */
@Service
public class PairingReport {

    private final PairingRepository pairs;
    private final FulfilmentRepository fulfilments;
    private final OrganizationService organizations;

    PairingReport(PairingRepository pairs, FulfilmentRepository fulfilments, OrganizationService organizations) {
        this.pairs = pairs;
        this.fulfilments = fulfilments;
        this.organizations = organizations;
    }

    /** The pairs the user sees (their helper or their village in the user's scope); {@code null} year: every pair. */
    List<Pair> visiblePairs(CurrentUser user, Integer year) {
        List<Pair> found;
        if (user.isBannerWide()) {
            found = pairs.ofOrganizations(null);
        } else {
            List<String> codes = organizations.scopeOf(user).map(organizations::subtree).orElse(List.of()).stream()
                    .map(Organization::code).toList();
            found = pairs.ofOrganizations(codes);
        }
        return year == null ? found : found.stream().filter(p -> p.fromYear() <= year).toList();
    }

    @Transactional(readOnly = true)
    public PairsReport pairs(CurrentUser user, Integer year) {
        int reportYear = PairingAccess.yearOrCurrent(year);
        List<PairProgress> rows = progress(visiblePairs(user, reportYear), reportYear);
        return new PairsReport(reportYear, rows.size(), sum(rows, PairProgress::committedFunds), sum(rows, PairProgress::confirmedFunds),
                percent(sum(rows, PairProgress::confirmedFunds), sum(rows, PairProgress::committedFunds)),
                count(rows, PairProgress::projectsCommitted), count(rows, PairProgress::projectsDelivered),
                count(rows, PairProgress::informationCommitted), count(rows, PairProgress::informationDelivered), rows);
    }

    @Transactional(readOnly = true)
    public HelpersReport helpers(CurrentUser user, Integer year) {
        int reportYear = PairingAccess.yearOrCurrent(year);
        Map<String, List<PairProgress>> byHelper = progress(visiblePairs(user, reportYear), reportYear).stream()
                .collect(Collectors.groupingBy(PairProgress::helperCode, LinkedHashMap::new, Collectors.toList()));
        List<HelperProgress> rows = byHelper.values().stream().map(PairingReport::helper).toList();
        return new HelpersReport(reportYear, rows.size(), rows);
    }

    PairProgress progress(Pair pair, int year) {
        return progress(List.of(pair), year).get(0);
    }

    private List<PairProgress> progress(List<Pair> list, int year) {
        Map<Long, Commitment> commitments = new LinkedHashMap<>();
        pairs.commitments(year).forEach(c -> commitments.put(c.pairId(), c));
        Map<Long, List<Fulfilment>> done = fulfilments.ofPairs(list.stream().map(Pair::id).toList(), year).stream()
                .collect(Collectors.groupingBy(Fulfilment::pairId));
        Map<String, String> names = new LinkedHashMap<>();
        Function<String, String> name = code -> names.computeIfAbsent(code, c -> organizations.get(c).name());
        List<PairProgress> rows = new ArrayList<>();
        for (Pair pair : list) {
            Commitment c = commitments.get(pair.id());
            List<Fulfilment> records = done.getOrDefault(pair.id(), List.of());
            List<Fulfilment> confirmed = records.stream().filter(f -> f.status() == FulfilmentStatus.CONFIRMED).toList();
            BigDecimal committed = Money.yuan(c == null ? 0 : c.fundsFen());
            BigDecimal received = Money.yuan(confirmed.stream().filter(f -> f.kind() == FulfilmentKind.FUNDS).mapToLong(Fulfilment::amountFen).sum());
            int projects = c == null ? 0 : c.projects().size();
            int information = c == null ? 0 : c.information().size();
            int projectsDone = (int) confirmed.stream().filter(f -> f.kind() == FulfilmentKind.PROJECT).count();
            int informationDone = (int) confirmed.stream().filter(f -> f.kind() == FulfilmentKind.INFORMATION).count();
            rows.add(new PairProgress(pair.id(), pair.helperCode(), name.apply(pair.helperCode()), pair.villageCode(),
                    name.apply(pair.villageCode()), year, committed, received, percent(received, committed), projects, projectsDone,
                    information, informationDone, overall(received, committed, projectsDone, projects, informationDone, information),
                    (int) records.stream().filter(f -> f.status() == FulfilmentStatus.AWAITING_RECEIPT).count(),
                    (int) records.stream().filter(f -> f.status() == FulfilmentStatus.DISPUTED).count()));
        }
        return rows;
    }

    private static HelperProgress helper(List<PairProgress> rows) {
        PairProgress first = rows.get(0);
        BigDecimal committed = sum(rows, PairProgress::committedFunds);
        BigDecimal received = sum(rows, PairProgress::confirmedFunds);
        int projects = count(rows, PairProgress::projectsCommitted);
        int projectsDone = count(rows, PairProgress::projectsDelivered);
        int information = count(rows, PairProgress::informationCommitted);
        int informationDone = count(rows, PairProgress::informationDelivered);
        return new HelperProgress(first.helperCode(), first.helperName(), rows.size(), committed, received, percent(received, committed),
                projects, projectsDone, information, informationDone,
                overall(received, committed, projectsDone, projects, informationDone, information));
    }

    byte[] workbook(CurrentUser user, Integer year) {
        PairsReport report = pairs(user, year);
        HelpersReport helpers = helpers(user, year);
        List<List<?>> pairRows = new ArrayList<>();
        report.rows().forEach(r -> pairRows.add(java.util.Arrays.asList(r.helperName(), r.villageName(), r.committedFunds(), r.confirmedFunds(),
                r.fundsPercent(), r.projectsCommitted(), r.projectsDelivered(), r.informationCommitted(), r.informationDelivered(), r.percent())));
        pairRows.add(java.util.Arrays.asList("合计", report.pairs() + " 对", report.committedFunds(), report.confirmedFunds(), report.fundsPercent(),
                report.projectsCommitted(), report.projectsDelivered(), report.informationCommitted(), report.informationDelivered(), null));
        List<List<?>> helperRows = helpers.rows().stream().<List<?>>map(h -> java.util.Arrays.asList(h.helperName(), h.pairs(), h.committedFunds(),
                h.confirmedFunds(), h.fundsPercent(), h.projectsCommitted(), h.projectsDelivered(), h.informationCommitted(),
                h.informationDelivered(), h.percent())).toList();
        List<String> figures = List.of("承诺资金（元）", "已确认资金（元）", "资金完成率（%）", "承诺项目", "已落实项目", "承诺信息", "已提供信息", "总体完成率（%）");
        List<String> pairHeaders = new ArrayList<>(List.of("帮扶单位", "结对嘎查村"));
        pairHeaders.addAll(figures);
        List<String> helperHeaders = new ArrayList<>(List.of("帮扶单位", "结对数"));
        helperHeaders.addAll(figures);
        return Workbooks.write(List.of(new Workbooks.Table(report.year() + "年结对帮扶", pairHeaders, pairRows, java.util.Set.of()),
                new Workbooks.Table("按帮扶单位", helperHeaders, helperRows, java.util.Set.of())));
    }

    private static BigDecimal sum(Collection<PairProgress> rows, Function<PairProgress, BigDecimal> figure) {
        return rows.stream().map(figure).reduce(Money.yuan(0), BigDecimal::add);
    }

    private static int count(Collection<PairProgress> rows, java.util.function.ToIntFunction<PairProgress> figure) {
        return rows.stream().mapToInt(figure).sum();
    }

    /** Done against committed, in percent with one decimal; null when nothing was committed. */
    static BigDecimal percent(BigDecimal done, BigDecimal committed) {
        return committed.signum() == 0 ? null : done.multiply(BigDecimal.valueOf(100)).divide(committed, 1, RoundingMode.HALF_UP);
    }

    /** The mean of the funds', projects' and information's percentages (each capped at 100) over what was committed. */
    static BigDecimal overall(BigDecimal received, BigDecimal committed, int projectsDone, int projects, int informationDone, int information) {
        List<BigDecimal> parts = new ArrayList<>();
        if (committed.signum() > 0) {
            parts.add(percent(received.min(committed), committed));
        }
        if (projects > 0) {
            parts.add(percent(BigDecimal.valueOf(Math.min(projectsDone, projects)), BigDecimal.valueOf(projects)));
        }
        if (information > 0) {
            parts.add(percent(BigDecimal.valueOf(Math.min(informationDone, information)), BigDecimal.valueOf(information)));
        }
        return parts.isEmpty() ? null
                : parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(parts.size()), 1, RoundingMode.HALF_UP);
    }
}
