package cn.excellence.supervision;

import static cn.excellence.shared.jdbc.Rows.nullableInt;
import static cn.excellence.shared.jdbc.Rows.value;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** The spot checks with their item scores and findings (tables spot_check, spot_check_score, finding). */
@Repository
class SpotCheckRepository {

    /** A finding's status: open until the rectification is accepted. */
    enum FindingStatus {
        OPEN,
        ACCEPTED
    }

    private final JdbcClient jdbc;

    SpotCheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long cycleId, String organizationCode, int drawOrder) {
        return Rows.insert(jdbc, "insert into spot_check (cycle_id, organization_code, draw_order, status) values (?, ?, ?, ?)",
                cycleId, organizationCode, drawOrder, SpotCheckStatus.INSPECTING.name());
    }

    /** A spot check requested outside the monthly cycles, for this purpose (e.g. 五星级支部核验). */
    long insertRequested(String organizationCode, String purpose, Instant at) {
        return Rows.insert(jdbc, "insert into spot_check (organization_code, draw_order, status, purpose, requested_at) values (?, ?, ?, ?, ?)",
                organizationCode, 1, SpotCheckStatus.INSPECTING.name(), purpose, value(at));
    }

    Optional<SpotCheck> find(long id) {
        return jdbc.sql("select * from spot_check where id = ?").param(id).query(SpotCheckRepository::map).optional();
    }

    /** The monthly cycles' spot checks (not those requested for another purpose). */
    List<SpotCheck> all() {
        return jdbc.sql("select * from spot_check where cycle_id is not null order by id").query(SpotCheckRepository::map).list();
    }

    List<SpotCheck> ofCycle(long cycleId) {
        return jdbc.sql("select * from spot_check where cycle_id = ? order by draw_order").param(cycleId).query(SpotCheckRepository::map)
                .list();
    }

    /** Replaces the check's item scores. */
    void replaceScores(long id, List<String> items, List<Integer> scores) {
        jdbc.sql("delete from spot_check_score where spot_check_id = ?").param(id).update();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("insert into spot_check_score (spot_check_id, item, score) values (?, ?, ?)").params(id, items.get(i), scores.get(i))
                    .update();
        }
    }

    void addFinding(long id, String description, Instant deadline) {
        jdbc.sql("insert into finding (spot_check_id, description, deadline, status) values (?, ?, ?, ?)")
                .params(id, description, value(deadline), FindingStatus.OPEN.name()).update();
    }

    void recordInspection(long id, int score, String notes, String inspector, SpotCheckStatus status) {
        jdbc.sql("update spot_check set score = ?, notes = ?, inspector = ?, status = ? where id = ?")
                .params(score, notes, inspector, status.name(), id).update();
    }

    /** The latest deadline of the check's findings; empty without findings. */
    Optional<Instant> rectificationDue(long id) {
        return Optional.ofNullable(jdbc.sql("select max(deadline) from finding where spot_check_id = ?").param(id)
                .query(Timestamp.class).single()).map(Timestamp::toInstant);
    }

    List<String> findings(long id) {
        return jdbc.sql("select description from finding where spot_check_id = ? order by id").param(id).query(String.class).list();
    }

    /** The check's findings not yet accepted. */
    long openFindingCount(long id) {
        return jdbc.sql("select count(*) from finding where spot_check_id = ? and status = ?").params(id, FindingStatus.OPEN.name())
                .query(Long.class).single();
    }

    long findingCount(long id) {
        return jdbc.sql("select count(*) from finding where spot_check_id = ?").param(id).query(Long.class).single();
    }

    /** The open findings of every check in the cycle, oldest first. */
    List<String> openFindings(long cycleId) {
        return jdbc.sql("""
                select f.description from finding f join spot_check s on s.id = f.spot_check_id
                where s.cycle_id = ? and f.status = ? order by f.id""").params(cycleId, FindingStatus.OPEN.name()).query(String.class).list();
    }

    void recordRectification(long id, String rectification) {
        jdbc.sql("update spot_check set rectification = ?, status = ? where id = ?")
                .params(rectification, SpotCheckStatus.VERIFYING.name(), id).update();
    }

    /** Accepts the rectification: every finding is closed. */
    void accept(long id, String comment) {
        jdbc.sql("update finding set status = ? where spot_check_id = ?").params(FindingStatus.ACCEPTED.name(), id).update();
        jdbc.sql("update spot_check set verify_comment = ? where id = ?").params(comment, id).update();
    }

    void sendBack(long id, String comment) {
        jdbc.sql("update spot_check set sent_back = sent_back + 1, status = ?, verify_comment = ? where id = ?")
                .params(SpotCheckStatus.RECTIFYING.name(), comment, id).update();
    }

    void setStatus(long id, SpotCheckStatus status) {
        jdbc.sql("update spot_check set status = ? where id = ?").params(status.name(), id).update();
    }

    void markOverdue(long id) {
        jdbc.sql("update spot_check set overdue = true where id = ?").param(id).update();
    }

    /** The spot checks of these organizations ({@code null}: of every organization), for 我的事项. */
    List<SpotCheck> ofOrganizations(Collection<String> organizationCodes) {
        return Rows.ofOrganizations(jdbc, "spot_check", "organization_code", organizationCodes, SpotCheckRepository::map);
    }

    private static SpotCheck map(ResultSet rs, int row) throws SQLException {
        long cycleId = rs.getLong("cycle_id");
        Long cycle = rs.wasNull() ? null : cycleId;
        Timestamp requestedAt = rs.getTimestamp("requested_at");
        return new SpotCheck(rs.getLong("id"), cycle, rs.getString("organization_code"), rs.getInt("draw_order"),
                SpotCheckStatus.valueOf(rs.getString("status")), nullableInt(rs, "score"), rs.getString("notes"), rs.getString("inspector"),
                rs.getString("rectification"), rs.getString("verify_comment"), rs.getInt("sent_back"), rs.getBoolean("overdue"),
                rs.getString("purpose"), requestedAt == null ? null : requestedAt.toInstant());
    }
}
