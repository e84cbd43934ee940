package cn.excellence.posts;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** 一书一簿: service pledges (承诺书), the 功劳簿's entries and each organization's public code for residents. */
@Repository
class MeritRepository {

    private static final String ENTRY = """
            select id, member_id, organization_code, entry_date, resident_name, deed, evaluation, filed_publicly, recorded_by,
            created_at, hidden, hidden_reason from merit_entry""";

    private final JdbcClient jdbc;

    MeritRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the member's pledge of the year. */
    void savePledge(long memberId, int year, String organizationCode, String items, String recordedBy, Instant now) {
        int updated = jdbc.sql("""
                update service_pledge set items = ?, organization_code = ?, recorded_by = ?, recorded_at = ?
                where member_id = ? and pledge_year = ?""")
                .params(items, organizationCode, recordedBy, Rows.value(now), memberId, year).update();
        if (updated == 0) {
            Rows.insert(jdbc, """
                    insert into service_pledge (member_id, pledge_year, organization_code, items, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?)""", memberId, year, organizationCode, items, recordedBy, now);
        }
    }

    Optional<String> pledge(long memberId, int year) {
        return jdbc.sql("select items from service_pledge where member_id = ? and pledge_year = ?").params(memberId, year)
                .query(String.class).optional();
    }

    List<Long> pledged(Collection<Long> memberIds, int year) {
        return memberIds.isEmpty() ? List.of() : jdbc.sql("select member_id from service_pledge where member_id in (:ids) and pledge_year = :year")
                .param("ids", memberIds).param("year", year).query(Long.class).list();
    }

    long insertEntry(long memberId, String organizationCode, LocalDate date, String residentName, String deed, Evaluation evaluation,
            boolean filedPublicly, String recordedBy, String clientAddress, Instant now) {
        return Rows.insert(jdbc, """
                insert into merit_entry (member_id, organization_code, entry_date, resident_name, deed, evaluation, filed_publicly,
                recorded_by, client_address, created_at, hidden) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""",
                memberId, organizationCode, Date.valueOf(date), residentName, deed, evaluation, filedPublicly, recordedBy, clientAddress, now);
    }

    Optional<MeritEntry> entry(long id) {
        return jdbc.sql(ENTRY + " where id = ?").param(id).query(MeritRepository::map).optional();
    }

    List<MeritEntry> entries(long memberId, LocalDate from, LocalDate to) {
        return jdbc.sql(ENTRY + " where member_id = ? and entry_date >= ? and entry_date <= ? order by entry_date, id")
                .params(memberId, Date.valueOf(from), Date.valueOf(to)).query(MeritRepository::map).list();
    }

    /** Member id, evaluation and count of the members' shown entries dated in the period. */
    List<Object[]> evaluations(Collection<Long> memberIds, LocalDate from, LocalDate to) {
        return memberIds.isEmpty() ? List.of() : jdbc.sql("""
                select member_id, evaluation, count(*) as entries from merit_entry
                where member_id in (:ids) and hidden = false and entry_date >= :from and entry_date <= :to group by member_id, evaluation""")
                .param("ids", memberIds).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new Object[] {rs.getLong("member_id"), Evaluation.valueOf(rs.getString("evaluation")), rs.getLong("entries")})
                .list();
    }

    void hide(long id, String reason, String hiddenBy, Instant now) {
        jdbc.sql("update merit_entry set hidden = true, hidden_reason = ?, hidden_by = ?, hidden_at = ? where id = ?")
                .params(reason, hiddenBy, Rows.value(now), id).update();
    }

    long publicEntriesFrom(String clientAddress, Instant since) {
        return jdbc.sql("select count(*) from merit_entry where filed_publicly = true and client_address = ? and created_at >= ?")
                .params(clientAddress, Rows.value(since)).query(Long.class).single();
    }

    Optional<String> code(String organizationCode) {
        return jdbc.sql("select code from merit_code where organization_code = ?").param(organizationCode).query(String.class).optional();
    }

    Optional<String> organizationOfCode(String code) {
        return jdbc.sql("select organization_code from merit_code where code = ?").param(code).query(String.class).optional();
    }

    void saveCode(String organizationCode, String code, String rotatedBy, Instant now) {
        int updated = jdbc.sql("update merit_code set code = ?, rotated_by = ?, rotated_at = ? where organization_code = ?")
                .params(code, rotatedBy, Rows.value(now), organizationCode).update();
        if (updated == 0) {
            jdbc.sql("insert into merit_code (organization_code, code, rotated_by, rotated_at) values (?, ?, ?, ?)")
                    .params(organizationCode, code, rotatedBy, Rows.value(now)).update();
        }
    }

    private static MeritEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MeritEntry(rs.getLong("id"), rs.getLong("member_id"), rs.getString("organization_code"),
                rs.getDate("entry_date").toLocalDate(), rs.getString("resident_name"), rs.getString("deed"),
                Evaluation.valueOf(rs.getString("evaluation")), rs.getBoolean("filed_publicly"), rs.getString("recorded_by"),
                Rows.instant(rs, "created_at"), rs.getBoolean("hidden"), rs.getString("hidden_reason"));
    }
}
