package cn.excellence.guidance;

import static cn.excellence.shared.jdbc.Rows.value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** 季交流, 年评比 and the sectors' guidance duties (tables guidance_exchange, guidance_evaluation, guidance_sector). */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> exchangeOf(String period) {
        return jdbc.sql("select id from guidance_exchange where period = ?").param(period).query(Long.class).optional();
    }

    long insertExchange(String period, Instant now) {
        return Rows.insert(jdbc, "insert into guidance_exchange (period, status, created_at) values (?, 'AWAITING', ?)", period, value(now));
    }

    void recordExchange(long id, LocalDate date, String minutes, String attendance, int attendees, String by, Instant at) {
        jdbc.sql("""
                update guidance_exchange set status = 'RECORDED', meeting_date = ?, minutes = ?, attendance = ?, attendees = ?,
                recorded_by = ?, recorded_at = ? where id = ?""").params(date, minutes, attendance, attendees, by, value(at), id).update();
    }

    List<Exchange> exchanges() {
        return jdbc.sql("select * from guidance_exchange order by period desc").query((rs, n) -> new Exchange(rs.getLong("id"),
                rs.getString("period"), "RECORDED".equals(rs.getString("status")), rs.getObject("meeting_date", LocalDate.class),
                rs.getString("minutes"), rs.getString("attendance"), Rows.nullableInt(rs, "attendees"), rs.getString("recorded_by"))).list();
    }

    /** One evaluation of the year for every active instructor who has none; returns the new ids. */
    List<Long> openEvaluations(int year, Instant now) {
        jdbc.sql("""
                insert into guidance_evaluation (staff_id, eval_year, created_at)
                select s.id, ?, ? from guidance_staff s where s.active = true and s.kind <> ? and not exists
                (select 1 from guidance_evaluation e where e.staff_id = s.id and e.eval_year = ?)""")
                .params(year, value(now), StaffKind.LIAISON.name(), year).update();
        return jdbc.sql("select id from guidance_evaluation where eval_year = ? and rating is null order by id").param(year).query(Long.class).list();
    }

    Optional<Evaluation> evaluation(long id) {
        return jdbc.sql("select e.*, s.name from guidance_evaluation e join guidance_staff s on s.id = e.staff_id where e.id = ?").param(id)
                .query(MeetingRepository::evaluation).optional();
    }

    List<Evaluation> evaluations(int year) {
        return jdbc.sql("select e.*, s.name from guidance_evaluation e join guidance_staff s on s.id = e.staff_id where e.eval_year = ? order by e.id")
                .param(year).query(MeetingRepository::evaluation).list();
    }

    void rate(long id, Rating rating, String comment, String by, Instant at) {
        jdbc.sql("update guidance_evaluation set rating = ?, comment = ?, rated_by = ?, rated_at = ? where id = ?")
                .params(rating.name(), comment, by, value(at), id).update();
    }

    private static Evaluation evaluation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String rating = rs.getString("rating");
        return new Evaluation(rs.getLong("id"), rs.getLong("staff_id"), rs.getString("name"), rs.getInt("eval_year"),
                rating == null ? null : Rating.valueOf(rating), rs.getString("comment"));
    }

    List<SectorDuty> sectors() {
        return jdbc.sql("select * from guidance_sector order by sort_order").query((rs, n) -> new SectorDuty(rs.getString("sector"),
                rs.getString("name"), rs.getString("supervisor"), rs.getString("duties"))).list();
    }

    int updateSector(String sector, String supervisor, String duties, String by, Instant at) {
        return jdbc.sql("update guidance_sector set supervisor = ?, duties = ?, updated_by = ?, updated_at = ? where sector = ?")
                .params(supervisor, duties, by, value(at), sector).update();
    }

    /** 季交流 of a quarter. */
    public record Exchange(long id, String period, boolean recorded, LocalDate meetingDate, String minutes, String attendance,
            Integer attendees, String recordedBy) {
    }

    /** 年评比 of one instructor. */
    public record Evaluation(long id, long staffId, String staffName, int year, Rating rating, String comment) {
    }

    /** A sector's supervising organization and its guidance duties (分线指导). */
    public record SectorDuty(String sector, String name, String supervisor, String duties) {
    }
}
