package cn.excellence.supervision;

import static cn.excellence.shared.jdbc.Rows.instant;
import static cn.excellence.shared.jdbc.Rows.nullableInt;
import static cn.excellence.shared.jdbc.Rows.value;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** The units' monthly reports (table supervision_report). */
@Repository
class MonthlyReportRepository {

    private final JdbcClient jdbc;

    MonthlyReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long cycleId, String unitCode, String secretaryId) {
        return Rows.insert(jdbc, "insert into supervision_report (cycle_id, unit_code, secretary_id, status) values (?, ?, ?, ?)",
                cycleId, unitCode, secretaryId, MonthlyReportStatus.AWAITING.name());
    }

    Optional<MonthlyReport> find(long id) {
        return jdbc.sql("select * from supervision_report where id = ?").param(id).query(MonthlyReportRepository::map).optional();
    }

    List<MonthlyReport> all() {
        return jdbc.sql("select * from supervision_report order by id").query(MonthlyReportRepository::map).list();
    }

    List<MonthlyReport> ofCycle(long cycleId) {
        return jdbc.sql("select * from supervision_report where cycle_id = ? order by id").param(cycleId)
                .query(MonthlyReportRepository::map).list();
    }

    /** Records the report; a report once late stays late. */
    void submit(long id, String progress, String problems, String nextSteps, int membersTrained, int visitsMade, Instant at, boolean late) {
        jdbc.sql("""
                update supervision_report set status = ?, progress = ?, problems = ?, next_steps = ?, members_trained = ?,
                visits_made = ?, submitted_at = ?, late = (late or ?) where id = ?""")
                .params(MonthlyReportStatus.SUBMITTED.name(), progress, problems, nextSteps, membersTrained, visitsMade, value(at), late, id)
                .update();
    }

    /** Marks the report late if it is still awaited. */
    void markLateIfAwaiting(long id) {
        jdbc.sql("update supervision_report set late = true where id = ? and status = ?").params(id, MonthlyReportStatus.AWAITING.name())
                .update();
    }

    void markEscalated(long id) {
        jdbc.sql("update supervision_report set escalated = true where id = ?").param(id).update();
    }

    void review(long id, ReviewResult result, String comment) {
        jdbc.sql("update supervision_report set review_result = ?, review_comment = ? where id = ?").params(result.name(), comment, id)
                .update();
    }

    /** The monthly reports of these organizations ({@code null}: of every organization), for 我的事项. */
    List<MonthlyReport> ofUnits(Collection<String> organizationCodes) {
        return Rows.ofOrganizations(jdbc, "supervision_report", "unit_code", organizationCodes, MonthlyReportRepository::map);
    }

    private static MonthlyReport map(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("review_result");
        return new MonthlyReport(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("unit_code"), rs.getString("secretary_id"),
                MonthlyReportStatus.valueOf(rs.getString("status")), rs.getString("progress"), rs.getString("problems"),
                rs.getString("next_steps"), nullableInt(rs, "members_trained"), nullableInt(rs, "visits_made"), instant(rs, "submitted_at"),
                rs.getBoolean("late"), rs.getBoolean("escalated"), result == null ? null : ReviewResult.valueOf(result),
                rs.getString("review_comment"));
    }
}
