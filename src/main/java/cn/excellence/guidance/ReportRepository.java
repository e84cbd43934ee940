package cn.excellence.guidance;

import static cn.excellence.shared.jdbc.Rows.instant;
import static cn.excellence.shared.jdbc.Rows.value;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff's reports (table guidance_report). */
@Repository
class ReportRepository {

    static final String AWAITING = "AWAITING";
    static final String SUBMITTED = "SUBMITTED";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One report of the period for every active staff member who has none yet: one statement; returns how many. */
    int openForActiveStaff(Cadence cadence, String period, String month, Instant due, Instant now) {
        return jdbc.sql("""
                insert into guidance_report (staff_id, cadence, period, report_month, due_at, status, created_at)
                select s.id, ?, ?, ?, ?, ?, ? from guidance_staff s where s.active = true and not exists
                (select 1 from guidance_report r where r.staff_id = s.id and r.cadence = ? and r.period = ?)""")
                .params(cadence.name(), period, month, value(due), AWAITING, value(now), cadence.name(), period).update();
    }

    /** Reports of the period with no process yet, oldest first. */
    List<GuidanceReport> unstarted(Cadence cadence, String period, int limit) {
        return jdbc.sql("select * from guidance_report where cadence = ? and period = ? and process_instance_id is null order by id fetch first "
                + limit + " rows only").params(cadence.name(), period).query(ReportRepository::map).list();
    }

    boolean anyUnstarted(Cadence cadence, String period) {
        return jdbc.sql("select count(*) from guidance_report where cadence = ? and period = ? and process_instance_id is null")
                .params(cadence.name(), period).query(Long.class).single() > 0;
    }

    void started(long id, String processInstanceId) {
        jdbc.sql("update guidance_report set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    Optional<GuidanceReport> find(long id) {
        return jdbc.sql("select * from guidance_report where id = ?").param(id).query(ReportRepository::map).optional();
    }

    /** Records the report; a report once late stays late. */
    int submit(long id, String progress, String problems, String nextPlans, Instant at) {
        return jdbc.sql("""
                update guidance_report set status = ?, progress = ?, problems = ?, next_plans = ?, submitted_at = ?,
                late = (late or due_at < ?) where id = ? and status = ?""")
                .params(SUBMITTED, progress, problems, nextPlans, value(at), value(at), id, AWAITING).update();
    }

    void markLateIfAwaiting(long id) {
        jdbc.sql("update guidance_report set late = true where id = ? and status = ?").params(id, AWAITING).update();
    }

    void markEscalated(long id, String note) {
        jdbc.sql("update guidance_report set escalated = true, chase_note = ? where id = ?").params(note, id).update();
    }

    /** The reports of the month (weekly: the weeks ending in it; monthly: the month summarised). */
    List<GuidanceReport> ofMonth(String month) {
        return jdbc.sql("select * from guidance_report where report_month = ? order by id").param(month).query(ReportRepository::map).list();
    }

    List<GuidanceReport> ofStaff(long staffId) {
        return jdbc.sql("select * from guidance_report where staff_id = ? order by due_at desc, id desc").param(staffId)
                .query(ReportRepository::map).list();
    }

    List<GuidanceReport> all() {
        return jdbc.sql("select * from guidance_report order by id").query(ReportRepository::map).list();
    }

    private static GuidanceReport map(ResultSet rs, int row) throws SQLException {
        return new GuidanceReport(rs.getLong("id"), rs.getLong("staff_id"), Cadence.valueOf(rs.getString("cadence")), rs.getString("period"),
                rs.getString("report_month"), instant(rs, "due_at"), SUBMITTED.equals(rs.getString("status")), rs.getBoolean("late"),
                rs.getBoolean("escalated"), rs.getString("progress"), rs.getString("problems"), rs.getString("next_plans"),
                instant(rs, "submitted_at"), rs.getString("process_instance_id"), instant(rs, "created_at"));
    }
}
