package cn.excellence.supervision;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The supervision figures for the dashboard (督查概况): every monthly report with whether it came in on time, and every
 * spot check with its score. Who may see which unit is the caller's business.
 */
@Service
public class SupervisionFigures {

    private final JdbcClient jdbc;

    SupervisionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reports of one cycle, or of every cycle when {@code cycleId} is null. */
    public List<ReportFigure> reports(Long cycleId) {
        return jdbc.sql("""
                select r.cycle_id, c.period, r.unit_code, r.status, r.late from supervision_report r
                join supervision_cycle c on c.id = r.cycle_id where r.cycle_id = :cycle or :all order by r.id""")
                .param("cycle", cycleId == null ? -1L : cycleId).param("all", cycleId == null)
                .query((rs, n) -> new ReportFigure(rs.getLong("cycle_id"), rs.getString("period"), rs.getString("unit_code"),
                        "SUBMITTED".equals(rs.getString("status")), rs.getBoolean("late"))).list();
    }

    /** The spot checks of one cycle, or of every cycle when {@code cycleId} is null; {@code score} is null until inspected. */
    public List<SpotCheckFigure> spotChecks(Long cycleId) {
        return jdbc.sql("""
                select s.cycle_id, c.period, s.organization_code, s.status, s.score from spot_check s
                join supervision_cycle c on c.id = s.cycle_id where s.cycle_id = :cycle or :all order by s.id""")
                .param("cycle", cycleId == null ? -1L : cycleId).param("all", cycleId == null)
                .query((rs, n) -> new SpotCheckFigure(rs.getLong("cycle_id"), rs.getString("period"), rs.getString("organization_code"),
                        rs.getString("status"), rs.getObject("score", Integer.class))).list();
    }

    public boolean cycleExists(long cycleId) {
        return jdbc.sql("select count(*) from supervision_cycle where id = ?").param(cycleId).query(Long.class).single() > 0;
    }

    /** A unit's monthly report: submitted, and late (after the due date, or chased). */
    public record ReportFigure(long cycleId, String period, String unitCode, boolean submitted, boolean late) {

        public boolean onTime() {
            return submitted && !late;
        }
    }

    public record SpotCheckFigure(long cycleId, String period, String organizationCode, String status, Integer score) {
    }
}
