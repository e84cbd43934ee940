package cn.excellence.relief;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** The hardship_relief table: one member's applications. */
@Repository
class ReliefRepository {

    private final JdbcClient jdbc;

    ReliefRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new application, for the township to review. */
    long insert(long memberId, String organizationCode, String reason, long amountFen, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into hardship_relief (member_id, organization_code, reason, amount_fen, status, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(memberId, organizationCode, reason, amountFen, ReliefStatus.TOWNSHIP_REVIEW.name(), by, Rows.value(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Relief> find(long id) {
        return jdbc.sql("select * from hardship_relief where id = ?").param(id).query(ReliefRepository::map).optional();
    }

    void setReview(long id, ReliefStatus status, String reviewNote) {
        jdbc.sql("update hardship_relief set status = ?, review_note = ? where id = ?").params(status.name(), reviewNote, id).update();
    }

    void setStatus(long id, ReliefStatus status) {
        jdbc.sql("update hardship_relief set status = ? where id = ?").params(status.name(), id).update();
    }

    /** The relief applications of these organizations ({@code null}: of every organization), for 我的事项. */
    List<Relief> ofOrganizations(Collection<String> organizationCodes) {
        return Rows.ofOrganizations(jdbc, "hardship_relief", "organization_code", organizationCodes, ReliefRepository::map);
    }

    private static Relief map(ResultSet rs, int row) throws SQLException {
        return new Relief(rs.getLong("id"), rs.getLong("member_id"), rs.getString("organization_code"), rs.getString("reason"),
                rs.getLong("amount_fen"), ReliefStatus.valueOf(rs.getString("status")), rs.getString("review_note"),
                rs.getString("created_by"), Rows.instant(rs, "created_at"));
    }
}
