package cn.excellence.supervision;

import static cn.excellence.shared.jdbc.Rows.instant;
import static cn.excellence.shared.jdbc.Rows.value;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** The supervision cycles (table supervision_cycle). */
@Repository
class SupervisionCycleRepository {

    private final JdbcClient jdbc;

    SupervisionCycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String period, Instant reportDue, int sampleSize, long seed, String strata, List<String> checklist,
            String processInstanceId, String createdBy, Instant createdAt) {
        return Rows.insert(jdbc, """
                insert into supervision_cycle (period, report_due, sample_size, seed, strata, checklist, status, process_instance_id, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", period, value(reportDue), sampleSize, seed, strata, String.join("\n", checklist),
                CycleStatus.RUNNING.name(), processInstanceId, createdBy, value(createdAt));
    }

    Optional<SupervisionCycle> find(long id) {
        return jdbc.sql("select * from supervision_cycle where id = ?").param(id).query(SupervisionCycleRepository::map).optional();
    }

    Optional<Long> idOf(String period) {
        return jdbc.sql("select id from supervision_cycle where period = ?").param(period).query(Long.class).optional();
    }

    /** The organizations the cycle before this one (by period) checked; none for the first cycle. */
    Set<String> checkedInPreviousCycle(long cycleId) {
        return Set.copyOf(jdbc.sql("""
                select organization_code from spot_check where cycle_id = (select id from supervision_cycle where period =
                (select max(period) from supervision_cycle where period < (select period from supervision_cycle where id = ?)))""")
                .param(cycleId).query(String.class).list());
    }

    void setStatus(long id, CycleStatus status) {
        jdbc.sql("update supervision_cycle set status = ? where id = ?").params(status.name(), id).update();
    }

    private static SupervisionCycle map(ResultSet rs, int row) throws SQLException {
        return new SupervisionCycle(rs.getLong("id"), rs.getString("period"), instant(rs, "report_due"), rs.getInt("sample_size"),
                rs.getLong("seed"), rs.getString("strata"), List.of(rs.getString("checklist").split("\n")),
                CycleStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"), rs.getString("created_by"),
                instant(rs, "created_at"));
    }
}
