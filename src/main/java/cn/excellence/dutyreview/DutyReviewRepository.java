package cn.excellence.dutyreview;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

@Repository
class DutyReviewRepository {

    private final JdbcClient jdbc;

    DutyReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(int year, String title, Date reportDue, Date ratingDue, String createdBy, Date now) {
        return Rows.insert(jdbc, """
                insert into duty_review_round (review_year, title, report_due, rating_due, status, created_by, created_at)
                values (?, ?, ?, ?, 'OPEN', ?, ?)""", year, title, reportDue, ratingDue, createdBy, now);
    }

    void insertReviewer(long roundId, String userId) {
        jdbc.sql("insert into duty_review_reviewer (round_id, user_id) values (?, ?)").params(roundId, userId).update();
    }

    long insertReport(long roundId, String townshipCode, String secretaryId) {
        return Rows.insert(jdbc, "insert into duty_report (round_id, township_code, secretary_id, status) values (?, ?, ?, 'AWAITING_REPORT')",
                roundId, townshipCode, secretaryId);
    }

    void setRoundProcess(long roundId, String processInstanceId) {
        jdbc.sql("update duty_review_round set process_instance_id = ? where id = ?").params(processInstanceId, roundId).update();
    }

    void closeRound(long roundId) {
        jdbc.sql("update duty_review_round set status = 'CLOSED' where id = ?").param(roundId).update();
    }

    Optional<DutyReviewRound> findRound(long id) {
        return jdbc.sql("select * from duty_review_round where id = ?").param(id).query(this::mapRound).optional();
    }

    List<DutyReviewRound> rounds() {
        return jdbc.sql("select * from duty_review_round order by id desc").query(this::mapRound).list();
    }

    List<String> reviewers(long roundId) {
        return jdbc.sql("select user_id from duty_review_reviewer where round_id = ? order by user_id").param(roundId)
                .query(String.class).list();
    }

    Optional<DutyReport> findReport(long id) {
        return jdbc.sql("select * from duty_report where id = ?").param(id).query(DutyReviewRepository::mapReport).optional();
    }

    List<DutyReport> reports(long roundId) {
        return jdbc.sql("select * from duty_report where round_id = ? order by id").param(roundId)
                .query(DutyReviewRepository::mapReport).list();
    }

    void updateReport(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "duty_report", id, columns);
    }

    void insertRating(long reportId, String reviewerId, Rating rating, String comment, Date now) {
        jdbc.sql("insert into duty_rating (report_id, reviewer_id, rating, comment, rated_at) values (?, ?, ?, ?, ?)")
                .params(reportId, reviewerId, rating.name(), comment, ts(now)).update();
    }

    List<Rating> ratings(long reportId) {
        return jdbc.sql("select rating from duty_rating where report_id = ? order by id").param(reportId)
                .query((rs, n) -> Rating.valueOf(rs.getString(1))).list();
    }

    List<String> ratedReviewers(long reportId) {
        return jdbc.sql("select reviewer_id from duty_rating where report_id = ? order by reviewer_id").param(reportId)
                .query(String.class).list();
    }

    /** For one reviewer of a report, in one query: whether they review its round and whether they rated it; empty without the report. */
    Optional<ReviewerStanding> reviewerStanding(long reportId, String reviewer) {
        return jdbc.sql("""
                select (select count(*) from duty_review_reviewer v where v.round_id = d.round_id and v.user_id = ?),
                       (select count(*) from duty_rating r where r.report_id = d.id and r.reviewer_id = ?)
                from duty_report d where d.id = ?""")
                .params(reviewer, reviewer, reportId).query((rs, n) -> new ReviewerStanding(rs.getLong(1) > 0, rs.getLong(2) > 0)).optional();
    }

    record ReviewerStanding(boolean reviews, boolean rated) {
    }

    /** Every reviewer of the report's round has rated it: its tally may still be running in the background (统计中). */
    boolean everyReviewerRated(long reportId) {
        return jdbc.sql("""
                select count(*) from duty_review_reviewer v join duty_report d on d.round_id = v.round_id where d.id = ?
                and not exists (select 1 from duty_rating r where r.report_id = d.id and r.reviewer_id = v.user_id)""")
                .param(reportId).query(Long.class).single() == 0;
    }

    /** The duty reports of these organizations ({@code null}: of every organization), for 我的事项. */
    List<DutyReport> reportsOf(Collection<String> organizationCodes) {
        return Rows.ofOrganizations(jdbc, "duty_report", "township_code", organizationCodes, DutyReviewRepository::mapReport);
    }

    private DutyReviewRound mapRound(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new DutyReviewRound(id, rs.getInt("review_year"), rs.getString("title"), instant(rs, "report_due"),
                instant(rs, "rating_due"), rs.getString("status"), rs.getString("created_by"), instant(rs, "created_at"),
                reviewers(id));
    }

    private static DutyReport mapReport(ResultSet rs, int row) throws SQLException {
        String grade = rs.getString("grade");
        int votes = rs.getInt("votes_cast");
        Integer votesCast = rs.wasNull() ? null : votes;
        BigDecimal satisfaction = rs.getBigDecimal("satisfaction");
        return new DutyReport(rs.getLong("id"), rs.getLong("round_id"), rs.getString("township_code"),
                rs.getString("secretary_id"), DutyReportStatus.valueOf(rs.getString("status")), rs.getString("theme"),
                rs.getString("achievements"), rs.getString("problems"), rs.getString("next_plans"),
                rs.getString("return_reason"), rs.getInt("return_count"), instant(rs, "submitted_at"),
                rs.getString("rating_closed_reason"), votesCast, satisfaction, grade == null ? null : Rating.valueOf(grade),
                instant(rs, "rated_at"), rs.getString("rectification_plan"), instant(rs, "rectification_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
