package cn.excellence.organization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members as the roster knows them: found by identity number, inserted and updated in batches. */
@Repository
class MemberRosterRepository {

    private static final int CHUNK = 1_000;
    /** What a roster row states besides the identity number, in the order of {@link #fields}. */
    private static final String FIELDS = "name, gender, birth_date, joined_on, organization_code, position, occupation, phone, "
            + "pre1949_veteran, hardship";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MemberRosterRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The members with these identity numbers, by number. */
    Map<String, RosterMember> byIdentityNumber(Collection<String> numbers) {
        Map<String, RosterMember> found = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(numbers))) {
            jdbc.sql("select identity_number, " + FIELDS + " from party_member where identity_number in (:numbers)").param("numbers", chunk)
                    .query(MemberRosterRepository::map).list()
                    .forEach(m -> found.put(m.identityNumber(), m));
        }
        return found;
    }

    void insert(List<RosterMember> members) {
        batch.batchUpdate("insert into party_member (id, " + FIELDS + ", identity_number, good_standing, generated) "
                + "values (nextval('party_member_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, false)",
                members.stream().map(MemberRosterRepository::fieldsAndIdentityNumber).toList());
    }

    void update(List<RosterMember> members) {
        batch.batchUpdate("update party_member set name = ?, gender = ?, birth_date = ?, joined_on = ?, organization_code = ?, "
                + "position = ?, occupation = ?, phone = ?, pre1949_veteran = ?, hardship = ? where identity_number = ?",
                members.stream().map(MemberRosterRepository::fieldsAndIdentityNumber).toList());
    }

    private static Object[] fieldsAndIdentityNumber(RosterMember m) {
        return new Object[] {m.name(), m.gender(), date(m.birthDate()), date(m.joinedOn()), m.organizationCode(), m.position(),
                m.occupation(), m.phone(), m.pre1949Veteran(), m.hardship(), m.identityNumber()};
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static RosterMember map(ResultSet rs, int row) throws SQLException {
        Date birth = rs.getDate("birth_date");
        Date joined = rs.getDate("joined_on");
        return new RosterMember(rs.getString("identity_number"), rs.getString("name"), rs.getString("gender"),
                birth == null ? null : birth.toLocalDate(), joined == null ? null : joined.toLocalDate(),
                rs.getString("organization_code"), rs.getString("position"), rs.getString("occupation"), rs.getString("phone"),
                rs.getBoolean("pre1949_veteran"), rs.getBoolean("hardship"));
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
        }
        return chunks;
    }
}
