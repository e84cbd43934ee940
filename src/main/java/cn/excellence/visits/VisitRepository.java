package cn.excellence.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** The visits module's tables: contact points, activities and their plan, visits, their leaders, members and photos. */
@Repository
class VisitRepository {

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertContactPoint(ContactPoint point, String by) {
        return Rows.insert(jdbc, """
                insert into visit_contact_point (leader_id, organization_code, since, frequency, created_by, created_at)
                values (?, ?, ?, ?, ?, ?)""", point.leaderId(), point.organizationCode(), point.since(), point.frequency(), by,
                VisitRules.now());
    }

    boolean contactPointExists(String leaderId, String organizationCode) {
        return jdbc.sql("select count(*) from visit_contact_point where leader_id = ? and organization_code = ?")
                .params(leaderId, organizationCode).query(Long.class).single() > 0;
    }

    Optional<ContactPoint> contactPoint(long id) {
        return jdbc.sql("select * from visit_contact_point where id = ?").param(id).query(VisitRepository::point).optional();
    }

    /** Every contact point ({@code leaderId} null) or one leader's, by id. */
    List<ContactPoint> contactPoints(String leaderId) {
        return leaderId == null
                ? jdbc.sql("select * from visit_contact_point order by id").query(VisitRepository::point).list()
                : jdbc.sql("select * from visit_contact_point where leader_id = ? order by id").param(leaderId)
                        .query(VisitRepository::point).list();
    }

    /** The leader's latest visit to the organization from {@code since} to {@code until}, if any. */
    Optional<LocalDate> lastVisit(String leaderId, String organizationCode, LocalDate since, LocalDate until) {
        return jdbc.sql("""
                select v.visit_date from visit_record v join visit_leader l on l.visit_id = v.id
                where l.leader_id = ? and v.organization_code = ? and v.visit_date between ? and ?
                order by v.visit_date desc limit 1""")
                .params(leaderId, organizationCode, since, until).query((rs, n) -> rs.getDate(1).toLocalDate()).optional();
    }

    long insertActivity(String title, LocalDate date, String by) {
        return Rows.insert(jdbc, "insert into visit_activity (title, activity_date, created_by, created_at) values (?, ?, ?, ?)",
                title, date, by, VisitRules.now());
    }

    void insertActivityGroup(long activityId, String group, long contactPointId) {
        jdbc.sql("insert into visit_activity_group (activity_id, group_name, contact_point_id) values (?, ?, ?)")
                .params(activityId, group, contactPointId).update();
    }

    /** A group visit day as stored. */
    record Day(long id, String title, LocalDate date) {
    }

    Optional<Day> activity(long id) {
        return jdbc.sql("select id, title, activity_date from visit_activity where id = ?").param(id)
                .query((rs, n) -> new Day(rs.getLong("id"), rs.getString("title"), rs.getDate("activity_date").toLocalDate()))
                .optional();
    }

    /** The activity's plan: group name and contact point id, in the order entered. */
    record PlannedPoint(String group, long contactPointId) {
    }

    List<PlannedPoint> activityGroups(long activityId) {
        return jdbc.sql("select group_name, contact_point_id from visit_activity_group where activity_id = ? order by group_name, contact_point_id")
                .param(activityId).query((rs, n) -> new PlannedPoint(rs.getString("group_name"), rs.getLong("contact_point_id"))).list();
    }

    long insertVisit(Visit visit) {
        return Rows.insert(jdbc, """
                insert into visit_record (visit_date, activity_id, group_name, organization_code, township_code, activities, help_given,
                recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", visit.date(), visit.activityId(), visit.group(),
                visit.organizationCode(), visit.townshipCode(), String.join(",", visit.activities().stream().map(Enum::name).toList()),
                visit.helpGiven(), visit.recordedBy(), visit.recordedAt());
    }

    void insertLeader(long visitId, String leaderId) {
        jdbc.sql("insert into visit_leader (visit_id, leader_id) values (?, ?)").params(visitId, leaderId).update();
    }

    void insertMember(long visitId, long memberId, Long reliefFen, String ledgerKey) {
        jdbc.sql("insert into visit_member (visit_id, member_id, relief_fen, ledger_key) values (?, ?, ?, ?)")
                .params(visitId, memberId, reliefFen, ledgerKey).update();
    }

    Optional<Visit> visit(long id) {
        return jdbc.sql("select * from visit_record where id = ?").param(id).query(VisitRepository::visit).optional();
    }

    /** The visits of the organizations ({@code null}: all) between the dates, by date. */
    List<Visit> visits(Collection<String> organizationCodes, LocalDate from, LocalDate to) {
        if (organizationCodes != null && organizationCodes.isEmpty()) {
            return List.of();
        }
        String where = organizationCodes == null ? "" : " and organization_code in (:codes)";
        JdbcClient.StatementSpec query = jdbc.sql("select * from visit_record where visit_date between :from and :to" + where
                + " order by visit_date, id").param("from", from).param("to", to);
        return (organizationCodes == null ? query : query.param("codes", organizationCodes)).query(VisitRepository::visit).list();
    }

    List<Visit> visitsOf(Collection<String> organizationCodes) {
        return Rows.ofOrganizations(jdbc, "visit_record", "organization_code", organizationCodes, VisitRepository::visit);
    }

    List<String> leaders(long visitId) {
        return jdbc.sql("select leader_id from visit_leader where visit_id = ? order by leader_id").param(visitId).query(String.class).list();
    }

    List<Visit.Member> members(long visitId) {
        return jdbc.sql("select * from visit_member where visit_id = ? order by member_id").param(visitId).query(VisitRepository::member).list();
    }

    /** The members of the visits between the dates (one query). */
    List<Visit.Member> membersBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select m.* from visit_member m join visit_record v on v.id = m.visit_id
                where v.visit_date between ? and ? order by m.visit_id, m.member_id""")
                .params(from, to).query(VisitRepository::member).list();
    }

    long insertPhoto(long visitId, String fileName, String contentType, byte[] content, String by) {
        return Rows.insert(jdbc, """
                insert into visit_photo (visit_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?)""", visitId, fileName, contentType, content.length, content, by, VisitRules.now());
    }

    int countPhotos(long visitId) {
        return jdbc.sql("select count(*) from visit_photo where visit_id = ?").param(visitId).query(Integer.class).single();
    }

    List<VisitViews.PhotoView> photos(long visitId) {
        return jdbc.sql("select id, file_name, content_type, size_bytes from visit_photo where visit_id = ? order by id").param(visitId)
                .query((rs, n) -> new VisitViews.PhotoView(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getInt("size_bytes"))).list();
    }

    /** A photo's content type and bytes. */
    record Photo(String contentType, byte[] content) {
    }

    /** The photo, if it belongs to the visit. */
    Optional<Photo> photo(long visitId, long photoId) {
        return jdbc.sql("select content_type, content from visit_photo where id = ? and visit_id = ?").params(photoId, visitId)
                .query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    private static ContactPoint point(ResultSet rs, int row) throws SQLException {
        return new ContactPoint(rs.getLong("id"), rs.getString("leader_id"), rs.getString("organization_code"),
                rs.getDate("since").toLocalDate(), VisitFrequency.valueOf(rs.getString("frequency")));
    }

    private static Visit visit(ResultSet rs, int row) throws SQLException {
        long activity = rs.getLong("activity_id");
        Long activityId = rs.wasNull() ? null : activity;
        return new Visit(rs.getLong("id"), rs.getDate("visit_date").toLocalDate(), activityId, rs.getString("group_name"),
                rs.getString("organization_code"), rs.getString("township_code"),
                Arrays.stream(rs.getString("activities").split(",")).map(VisitActivity::valueOf).toList(), rs.getString("help_given"),
                rs.getString("recorded_by"), Rows.instant(rs, "recorded_at"));
    }

    private static Visit.Member member(ResultSet rs, int row) throws SQLException {
        long relief = rs.getLong("relief_fen");
        Long reliefFen = rs.wasNull() ? null : relief;
        return new Visit.Member(rs.getLong("visit_id"), rs.getLong("member_id"), reliefFen);
    }
}
