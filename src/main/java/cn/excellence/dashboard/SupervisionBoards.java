package cn.excellence.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.excellence.dashboard.DashboardViews.SupervisionBoard;
import cn.excellence.dashboard.DashboardViews.TownshipSupervision;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.web.ApiException;
import cn.excellence.supervision.SupervisionFigures;
import cn.excellence.supervision.SupervisionFigures.ReportFigure;
import cn.excellence.supervision.SupervisionFigures.SpotCheckFigure;

/** Supervision per township: a township's own monthly reports, and the spot checks of every organization in it. */
@Component
class SupervisionBoards {

    private final SupervisionFigures figures;
    private final OrganizationService organizations;

    SupervisionBoards(SupervisionFigures figures, OrganizationService organizations) {
        this.figures = figures;
        this.organizations = organizations;
    }

    SupervisionBoard board(List<String> townships, Long cycleId) {
        if (cycleId != null && !figures.cycleExists(cycleId)) {
            throw ApiException.notFound("找不到督查周期 " + cycleId + "。");
        }
        List<ReportFigure> reports = figures.reports(cycleId);
        List<SpotCheckFigure> checks = figures.spotChecks(cycleId);
        List<TownshipSupervision> rows = townships.stream().map(code -> {
            List<ReportFigure> own = reports.stream().filter(r -> r.unitCode().equals(code)).toList();
            List<SpotCheckFigure> in = checks.stream()
                    .filter(c -> code.equals(organizations.find(c.organizationCode()).map(o -> o.townshipCode()).orElse(null))).toList();
            int onTime = (int) own.stream().filter(ReportFigure::onTime).count();
            List<Integer> scores = in.stream().map(SpotCheckFigure::score).filter(s -> s != null).toList();
            return new TownshipSupervision(code, organizations.get(code).name(), own.size(),
                    (int) own.stream().filter(ReportFigure::submitted).count(), onTime, percent(onTime, own.size()), in.size(), scores.size(),
                    scores.isEmpty() ? null : BigDecimal.valueOf(scores.stream().mapToLong(Integer::longValue).sum())
                            .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP));
        }).toList();
        return new SupervisionBoard(cycleId, rows);
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
