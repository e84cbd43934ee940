package cn.excellence.supervision;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The supervision figures for the dashboard (督查概况): every monthly report with whether it came in on time, and every
 * spot check with its score. Who may see which unit is the caller's business.
 */
@Service
public class SupervisionFigures {

    private final SupervisionCycleRepository cycles;
    private final MonthlyReportRepository reports;
    private final SpotCheckRepository spotChecks;

    SupervisionFigures(SupervisionCycleRepository cycles, MonthlyReportRepository reports, SpotCheckRepository spotChecks) {
        this.cycles = cycles;
        this.reports = reports;
        this.spotChecks = spotChecks;
    }

    /** The reports of one cycle, or of every cycle when {@code cycleId} is null. */
    public List<ReportFigure> reports(Long cycleId) {
        return (cycleId == null ? reports.all() : reports.ofCycle(cycleId)).stream()
                .map(r -> new ReportFigure(r.cycleId(), r.unitCode(), r.status() == MonthlyReportStatus.SUBMITTED, r.late())).toList();
    }

    /** The spot checks of one cycle, or of every cycle when {@code cycleId} is null; {@code score} is null until inspected. */
    public List<SpotCheckFigure> spotChecks(Long cycleId) {
        return (cycleId == null ? spotChecks.all() : spotChecks.ofCycle(cycleId)).stream()
                .map(s -> new SpotCheckFigure(s.cycleId(), s.organizationCode(), s.status().name(), s.score())).toList();
    }

    public boolean cycleExists(long cycleId) {
        return cycles.find(cycleId).isPresent();
    }

    /** A unit's monthly report: submitted, and late (after the due date, or chased). */
    public record ReportFigure(long cycleId, String unitCode, boolean submitted, boolean late) {

        public boolean onTime() {
            return submitted && !late;
        }
    }

    public record SpotCheckFigure(long cycleId, String organizationCode, String status, Integer score) {
    }
}
