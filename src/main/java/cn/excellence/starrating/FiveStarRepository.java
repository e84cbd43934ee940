package cn.excellence.starrating;

import static cn.excellence.shared.jdbc.Rows.instant;
import static cn.excellence.shared.jdbc.Rows.nullableInt;
import static cn.excellence.shared.jdbc.Rows.nullableLong;
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

/** The branches' stars, nominations, annual reviews and history (tables five_star_*). */
@Repository
class FiveStarRepository {

    /** A branch's current star: whether it holds 五星级 now and since which year. */
    record Standing(String organizationCode, boolean starred, Integer sinceYear, Instant updatedAt) {
    }

    /** One branch's spot check in an annual review, and its result once recorded. */
    record ReviewCheck(long reviewId, int year, String organizationCode, long spotCheckId, String result) {
    }

    private final JdbcClient jdbc;

    FiveStarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Standing> standing(String code) {
        return jdbc.sql("select * from five_star_branch where organization_code = ?").param(code).query(FiveStarRepository::standing).optional();
    }

    List<Standing> starred() {
        return jdbc.sql("select * from five_star_branch where starred = true order by organization_code").query(FiveStarRepository::standing).list();
    }

    /** Sets the branch's star; one row per branch, written whether or not it existed. */
    void setStar(String code, boolean starred, Integer sinceYear, Instant at) {
        int updated = jdbc.sql("update five_star_branch set starred = ?, since_year = ?, updated_at = ? where organization_code = ?")
                .params(starred, sinceYear, value(at), code).update();
        if (updated == 0) {
            jdbc.sql("insert into five_star_branch (organization_code, starred, since_year, updated_at) values (?, ?, ?, ?)")
                    .params(code, starred, sinceYear, value(at)).update();
        }
    }

    /** Takes the star away if the branch holds it; false when it did not (revoked meanwhile). */
    boolean revokeStar(String code, Instant at) {
        return jdbc.sql("update five_star_branch set starred = false, since_year = null, updated_at = ? where organization_code = ? and starred = true")
                .params(value(at), code).update() == 1;
    }

    void addEvent(String code, int year, FiveStarEventKind event, String reason, String by, Instant at) {
        jdbc.sql("insert into five_star_event (organization_code, event_year, event, reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(code, year, event.name(), reason, by, value(at)).update();
    }

    List<FiveStarEvent> events(String code) {
        return jdbc.sql("select * from five_star_event where organization_code = ? order by id").param(code).query((rs, row) -> {
            FiveStarEventKind kind = FiveStarEventKind.valueOf(rs.getString("event"));
            return new FiveStarEvent(rs.getString("organization_code"), rs.getInt("event_year"), kind, kind.label(), rs.getString("reason"),
                    rs.getString("recorded_by"), instant(rs, "recorded_at"));
        }).list();
    }

    long insertNomination(String code, int year, String reasons, String by, String byOrganization, Instant at) {
        return Rows.insert(jdbc, """
                insert into five_star_nomination (organization_code, nomination_year, reasons, nominated_by, nominating_org_code, status,
                created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", code, year, reasons, by, byOrganization,
                FiveStarNominationStatus.ORG_DEPT_REVIEW.name(), value(at), value(at));
    }

    Optional<FiveStarNomination> nomination(long id) {
        return jdbc.sql("select * from five_star_nomination where id = ?").param(id).query(FiveStarRepository::nomination).optional();
    }

    boolean nominated(String code, int year) {
        return jdbc.sql("select count(*) from five_star_nomination where organization_code = ? and nomination_year = ?").params(code, year)
                .query(Long.class).single() > 0;
    }

    void updateNomination(long id, FiveStarNominationStatus status, String reviewComment, Instant at) {
        jdbc.sql("update five_star_nomination set status = ?, review_comment = ?, updated_at = ? where id = ?")
                .params(status.name(), reviewComment, value(at), id).update();
    }

    void revise(long id, String reasons, Instant at) {
        jdbc.sql("update five_star_nomination set reasons = ?, status = ?, updated_at = ? where id = ?")
                .params(reasons, FiveStarNominationStatus.ORG_DEPT_REVIEW.name(), value(at), id).update();
    }

    void setSpotCheck(long id, long spotCheckId) {
        jdbc.sql("update five_star_nomination set spot_check_id = ? where id = ?").params(spotCheckId, id).update();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update five_star_nomination set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    /** The nominations made by or for these organizations ({@code null}: all), for 我的事项. */
    List<FiveStarNomination> nominationsOf(Collection<String> organizationCodes) {
        return Rows.ofOrganizations(jdbc, "five_star_nomination", "organization_code", organizationCodes, FiveStarRepository::nomination);
    }

    boolean reviewOpened(int year) {
        return jdbc.sql("select count(*) from five_star_review where review_year = ?").param(year).query(Long.class).single() > 0;
    }

    long insertReview(int year, String by, Instant at, String processInstanceId) {
        return Rows.insert(jdbc, "insert into five_star_review (review_year, status, opened_by, opened_at, process_instance_id) values (?, ?, ?, ?, ?)",
                year, "OPEN", by, value(at), processInstanceId);
    }

    void closeReview(long id) {
        jdbc.sql("update five_star_review set status = 'CLOSED' where id = ?").param(id).update();
    }

    void addReviewCheck(long reviewId, String code, long spotCheckId) {
        jdbc.sql("insert into five_star_review_check (review_id, organization_code, spot_check_id) values (?, ?, ?)")
                .params(reviewId, code, spotCheckId).update();
    }

    Optional<ReviewCheck> reviewCheck(long spotCheckId) {
        return jdbc.sql("""
                select c.*, r.review_year from five_star_review_check c join five_star_review r on r.id = c.review_id
                where c.spot_check_id = ?""").param(spotCheckId)
                .query((rs, row) -> new ReviewCheck(rs.getLong("review_id"), rs.getInt("review_year"), rs.getString("organization_code"),
                        rs.getLong("spot_check_id"), rs.getString("result")))
                .optional();
    }

    void setReviewResult(long spotCheckId, FiveStarEventKind result) {
        jdbc.sql("update five_star_review_check set result = ? where spot_check_id = ?").params(result.name(), spotCheckId).update();
    }

    private static Standing standing(ResultSet rs, int row) throws SQLException {
        return new Standing(rs.getString("organization_code"), rs.getBoolean("starred"), nullableInt(rs, "since_year"), instant(rs, "updated_at"));
    }

    private static FiveStarNomination nomination(ResultSet rs, int row) throws SQLException {
        return new FiveStarNomination(rs.getLong("id"), rs.getString("organization_code"), rs.getInt("nomination_year"), rs.getString("reasons"),
                rs.getString("nominated_by"), rs.getString("nominating_org_code"), FiveStarNominationStatus.valueOf(rs.getString("status")),
                rs.getString("review_comment"), nullableLong(rs, "spot_check_id"), rs.getString("process_instance_id"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
