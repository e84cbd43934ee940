package cn.excellence.training;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** Courses and their attendance; attendance is inserted in batches (an imported file is thousands of rows). */
@Repository
class TrainingRepository {

    private static final String COURSE = "select * from training_course";
    private static final String ATTENDANCE = "select * from training_attendance";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TrainingRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long insertCourse(CourseRequest.Checked c, String townshipCode, CourseStatus status, String proposedBy, Instant now) {
        return Rows.insert(jdbc, """
                insert into training_course (topic, place, start_date, end_date, course_year, hours, category, organizer_code,
                    township_code, status, proposed_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                c.topic(), c.place(), java.sql.Date.valueOf(c.startDate()), java.sql.Date.valueOf(c.endDate()), c.startDate().getYear(),
                c.hours(), c.category(), c.organizerCode(), townshipCode, status, proposedBy, now, now);
    }

    Optional<Course> find(long id) {
        return jdbc.sql(COURSE + " where id = ?").param(id).query(TrainingRepository::course).optional();
    }

    /** The courses the organizers hold ({@code null}: every organizer), newest first; {@code year} null: every year. */
    List<Course> courses(Collection<String> organizerCodes, Integer year) {
        if (organizerCodes != null && organizerCodes.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(COURSE + " where 1 = 1");
        if (organizerCodes != null) {
            sql.append(" and organizer_code in (:codes)");
        }
        if (year != null) {
            sql.append(" and course_year = :year");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql.append(" order by start_date desc, id desc").toString());
        if (organizerCodes != null) {
            statement = statement.param("codes", organizerCodes);
        }
        if (year != null) {
            statement = statement.param("year", year);
        }
        return statement.query(TrainingRepository::course).list();
    }

    /** Decides a proposal once: only a course still proposed changes. */
    boolean decide(long id, CourseStatus status, String note, String decidedBy, Instant now) {
        return jdbc.sql("update training_course set status = ?, decision_note = ?, decided_by = ?, updated_at = ? where id = ? and status = ?")
                .params(status.name(), note, decidedBy, Rows.value(now), id, CourseStatus.PROPOSED.name()).update() == 1;
    }

    List<Attendance> attendanceOf(long courseId) {
        return jdbc.sql(ATTENDANCE + " where course_id = ? order by id").param(courseId).query(TrainingRepository::attendance).list();
    }

    List<Attendance> attendanceOfMember(long memberId) {
        return jdbc.sql(ATTENDANCE + " where member_id = ? order by id").param(memberId).query(TrainingRepository::attendance).list();
    }

    /** One row per attendance of the year's courses: category, township, organization, person, hours. */
    List<ReportRow> reportRows(int year) {
        return jdbc.sql("""
                select c.category, a.township_code, a.organization_code, a.member_id, a.identity_number, a.hours
                from training_attendance a join training_course c on c.id = a.course_id where c.course_year = ?""")
                .param(year).query((rs, n) -> new ReportRow(TrainingCategory.valueOf(rs.getString("category")), rs.getString("township_code"),
                        rs.getString("organization_code"), person(rs), rs.getBigDecimal("hours"))).list();
    }

    record ReportRow(TrainingCategory category, String townshipCode, String organizationCode, String person, BigDecimal hours) {
    }

    /** Course id → its person-times (attendance rows), for the courses that have any. */
    java.util.Map<Long, Integer> personTimes(Collection<Long> courseIds) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        if (!courseIds.isEmpty()) {
            jdbc.sql("select course_id, count(*) as n from training_attendance where course_id in (:ids) group by course_id")
                    .param("ids", courseIds).query((rs, n) -> counts.put(rs.getLong("course_id"), rs.getInt("n"))).list();
        }
        return counts;
    }

    void insertAttendance(List<Attendance> rows, String recordedBy, Instant now) {
        List<Object[]> values = new ArrayList<>();
        rows.forEach(a -> values.add(new Object[] {a.courseId(), a.memberId(), a.identityNumber(), a.name(), a.organizationCode(),
                a.townshipCode(), a.hours(), recordedBy, Rows.value(now)}));
        batch.batchUpdate("""
                insert into training_attendance (course_id, member_id, identity_number, name, organization_code, township_code, hours,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
    }

    void updateHours(List<Attendance> rows) {
        batch.batchUpdate("update training_attendance set hours = ? where id = ?",
                rows.stream().map(a -> new Object[] {a.hours(), a.id()}).toList());
    }

    boolean deleteAttendance(long courseId, long attendanceId) {
        return jdbc.sql("delete from training_attendance where id = ? and course_id = ?").params(attendanceId, courseId).update() == 1;
    }

    private static String person(ResultSet rs) throws SQLException {
        long member = rs.getLong("member_id");
        return rs.wasNull() ? "id:" + rs.getString("identity_number") : "m:" + member;
    }

    private static Course course(ResultSet rs, int row) throws SQLException {
        return new Course(rs.getLong("id"), rs.getString("topic"), rs.getString("place"), rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(), rs.getBigDecimal("hours"), TrainingCategory.valueOf(rs.getString("category")),
                rs.getString("organizer_code"), rs.getString("township_code"), CourseStatus.valueOf(rs.getString("status")),
                rs.getString("decision_note"), rs.getString("proposed_by"), Rows.instant(rs, "updated_at"));
    }

    private static Attendance attendance(ResultSet rs, int row) throws SQLException {
        long member = rs.getLong("member_id");
        Long memberId = rs.wasNull() ? null : member;
        return new Attendance(rs.getLong("id"), rs.getLong("course_id"), memberId, rs.getString("identity_number"), rs.getString("name"),
                rs.getString("organization_code"), rs.getString("township_code"), rs.getBigDecimal("hours"));
    }
}
