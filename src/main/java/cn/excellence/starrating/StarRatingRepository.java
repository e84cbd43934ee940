package cn.excellence.starrating;

import static cn.excellence.shared.jdbc.Rows.instant;
import static cn.excellence.shared.jdbc.Rows.nullableInt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** The star-rating tables: campaigns, branch ratings, scoring sheets, objections and members' stars. */
@Repository
class StarRatingRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    StarRatingRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long insertCampaign(int year, StarScale scale, String title, List<Criterion> criteria, Instant selfAssessment, Instant review,
            Integer quota, int noticeDays, String createdBy, Instant now, String processInstanceId) {
        return Rows.insert(jdbc, """
                insert into star_campaign (campaign_year, scale, title, criteria, self_assessment_deadline, review_deadline, quota_percent,
                notice_working_days, status, process_instance_id, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""",
                year, scale.name(), title, Criterion.format(criteria), selfAssessment, review, quota, noticeDays, processInstanceId, createdBy, now);
    }

    void updateCampaign(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "star_campaign", id, columns);
    }

    Optional<StarCampaign> findCampaign(long id) {
        return jdbc.sql("select * from star_campaign where id = ?").param(id).query(StarRatingRepository::campaign).optional();
    }

    List<StarCampaign> campaigns() {
        return jdbc.sql("select * from star_campaign order by id desc").query(StarRatingRepository::campaign).list();
    }

    long insertRating(long campaignId, String code, String name, String townshipCode, String secretary, String reviewer, Instant now) {
        return Rows.insert(jdbc, """
                insert into star_branch_rating (campaign_id, organization_code, organization_name, township_code, secretary, reviewer, status,
                updated_at) values (?, ?, ?, ?, ?, ?, 'ENTERING', ?)""", campaignId, code, name, townshipCode, secretary, reviewer, now);
    }

    void updateRating(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "star_branch_rating", id, columns);
    }

    Optional<BranchRating> findRating(long id) {
        return jdbc.sql("select * from star_branch_rating where id = ?").param(id).query(StarRatingRepository::rating).optional();
    }

    List<BranchRating> ratings(long campaignId) {
        return jdbc.sql("select * from star_branch_rating where campaign_id = ? order by id").param(campaignId)
                .query(StarRatingRepository::rating).list();
    }

    List<BranchRating> ratingsOf(Collection<String> organizationCodes) {
        return Rows.ofOrganizations(jdbc, "star_branch_rating", "organization_code", organizationCodes, StarRatingRepository::rating);
    }

    List<BranchRating> ratingsWithNotice() {
        return jdbc.sql("select * from star_branch_rating where notice_published_at is not null order by notice_published_at desc, id")
                .query(StarRatingRepository::rating).list();
    }

    void insertMembers(long ratingId, List<Object[]> idsAndNames) {
        batch.batchUpdate("insert into star_score (rating_id, member_id, member_name, participating) values (" + ratingId + ", ?, ?, true)",
                idsAndNames);
    }

    List<ScoreRow> sheet(long ratingId) {
        return jdbc.sql("select * from star_score where rating_id = ? order by member_id").param(ratingId).query(StarRatingRepository::score).list();
    }

    void saveEntries(long ratingId, List<ScoreRow> rows) {
        batch.batchUpdate("""
                update star_score set participating = ?, item_scores = ?, votes_good = ?, votes_fair = ?, votes_average = ?, votes_poor = ?
                where rating_id = ? and member_id = ?""", rows.stream().map(r -> new Object[] {r.participating(), join(r.itemScores()),
                r.votesGood(), r.votesFair(), r.votesAverage(), r.votesPoor(), ratingId, r.memberId()}).toList());
    }

    void saveResults(long ratingId, List<ScoreRow> rows) {
        batch.batchUpdate("update star_score set points = ?, proposed_stars = ?, stars = ?, adjust_reason = ? where rating_id = ? and member_id = ?",
                rows.stream().map(r -> new Object[] {r.points(), r.proposedStars(), r.stars(), r.adjustReason(), ratingId, r.memberId()}).toList());
    }

    void withdraw(long ratingId, long memberId, String reason) {
        jdbc.sql("update star_score set withdrawn_reason = ? where rating_id = ? and member_id = ?").params(reason, ratingId, memberId).update();
    }

    long insertObjection(long ratingId, long memberId, String reason, String contact, String clientAddress, Instant now) {
        return Rows.insert(jdbc, """
                insert into star_objection (rating_id, member_id, reason, contact, client_address, filed_at, status)
                values (?, ?, ?, ?, ?, ?, 'OPEN')""", ratingId, memberId, reason, contact, clientAddress, now);
    }

    long objectionsFrom(String clientAddress, Instant since) {
        return jdbc.sql("select count(*) from star_objection where client_address = ? and filed_at >= ?")
                .params(clientAddress, Timestamp.from(since)).query(Long.class).single();
    }

    long openObjections(long ratingId) {
        return jdbc.sql("select count(*) from star_objection where rating_id = ? and status = 'OPEN'").param(ratingId).query(Long.class).single();
    }

    Optional<Map<String, Object>> objection(long id) {
        return jdbc.sql("select * from star_objection where id = ?").param(id).query().listOfRows().stream().map(Rows::lowerCaseKeys).findFirst();
    }

    void updateObjection(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "star_objection", id, columns);
    }

    void recordStars(StarCampaign campaign, BranchRating rating, List<ScoreRow> rows, Instant now) {
        batch.batchUpdate("""
                insert into member_star (member_id, campaign_id, rating_id, campaign_year, organization_code, stars, points, status, reason,
                recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().map(r -> new Object[] {r.memberId(), campaign.id(),
                rating.id(), campaign.year(), rating.organizationCode(), r.stars(), r.points(),
                r.withdrawnReason() == null ? MemberStar.CONFIRMED : MemberStar.WITHDRAWN,
                r.withdrawnReason() != null ? r.withdrawnReason() : r.adjustReason(), Timestamp.from(now)}).toList());
    }

    List<MemberStar> history(long memberId) {
        return jdbc.sql("""
                select s.*, c.title from member_star s join star_campaign c on c.id = s.campaign_id
                where s.member_id = ? order by s.campaign_year desc, s.id desc""").param(memberId)
                .query((rs, n) -> new MemberStar(rs.getLong("campaign_id"), rs.getString("title"), rs.getInt("campaign_year"),
                        rs.getString("organization_code"), rs.getInt("stars"), rs.getInt("points"), rs.getString("status"),
                        rs.getString("reason"), instant(rs, "recorded_at")))
                .list();
    }

    /** The recorded stars of a campaign, one row per member with their branch's rating. */
    List<ReportRow> recorded(long campaignId) {
        return jdbc.sql("""
                select s.rating_id, s.stars, s.status from member_star s where s.campaign_id = ?""").param(campaignId)
                .query((rs, n) -> new ReportRow(rs.getLong("rating_id"), rs.getInt("stars"), MemberStar.CONFIRMED.equals(rs.getString("status"))))
                .list();
    }

    record ReportRow(long ratingId, int stars, boolean confirmed) {
    }

    private static String join(List<Integer> scores) {
        return scores == null ? null : scores.stream().map(s -> s == null ? "" : s.toString()).collect(Collectors.joining(","));
    }

    private static List<Integer> split(String scores) {
        return scores == null ? null : Arrays.stream(scores.split(",", -1)).map(s -> s.isEmpty() ? null : Integer.valueOf(s)).toList();
    }

    private static StarCampaign campaign(ResultSet rs, int n) throws SQLException {
        return new StarCampaign(rs.getLong("id"), rs.getInt("campaign_year"), StarScale.valueOf(rs.getString("scale")), rs.getString("title"),
                Criterion.parse(rs.getString("criteria")), instant(rs, "self_assessment_deadline"), instant(rs, "review_deadline"),
                nullableInt(rs, "quota_percent"), rs.getInt("notice_working_days"), rs.getString("status"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "published_at"));
    }

    private static BranchRating rating(ResultSet rs, int n) throws SQLException {
        return new BranchRating(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("organization_code"), rs.getString("organization_name"),
                rs.getString("township_code"), rs.getString("secretary"), rs.getString("reviewer"), RatingStatus.valueOf(rs.getString("status")),
                rs.getString("return_reason"), instant(rs, "notice_published_at"), instant(rs, "notice_ends_at"), instant(rs, "updated_at"));
    }

    private static ScoreRow score(ResultSet rs, int n) throws SQLException {
        return new ScoreRow(rs.getLong("member_id"), rs.getString("member_name"), rs.getBoolean("participating"), split(rs.getString("item_scores")),
                nullableInt(rs, "votes_good"), nullableInt(rs, "votes_fair"), nullableInt(rs, "votes_average"), nullableInt(rs, "votes_poor"),
                nullableInt(rs, "points"), nullableInt(rs, "proposed_stars"), nullableInt(rs, "stars"), rs.getString("adjust_reason"),
                rs.getString("withdrawn_reason"));
    }
}
