package cn.excellence.pairing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** Pairs (结对) and their yearly commitments. */
@Repository
class PairingRepository {

    private static final String PAIR = "select id, helper_code, village_code, from_year from pairing_pair";
    private static final String COMMITMENT = "select pair_id, commitment_year, funds_fen, projects, information from pairing_commitment";

    private final JdbcClient jdbc;

    PairingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertPair(String helperCode, String villageCode, int fromYear, String createdBy, Instant now) {
        return Rows.insert(jdbc, "insert into pairing_pair (helper_code, village_code, from_year, created_by, created_at) values (?, ?, ?, ?, ?)",
                helperCode, villageCode, fromYear, createdBy, now);
    }

    boolean pairExists(String helperCode, String villageCode) {
        return jdbc.sql("select count(*) from pairing_pair where helper_code = ? and village_code = ?").params(helperCode, villageCode)
                .query(Long.class).single() > 0;
    }

    Optional<Pair> find(long id) {
        return jdbc.sql(PAIR + " where id = ?").param(id).query(PairingRepository::pair).optional();
    }

    /** Every pair active in the year, in the order they were made. */
    List<Pair> activeIn(int year) {
        return jdbc.sql(PAIR + " where from_year <= ? order by id").param(year).query(PairingRepository::pair).list();
    }

    /** The pairs whose helper or village is one of the organizations ({@code null}: every pair). */
    List<Pair> ofOrganizations(Collection<String> codes) {
        if (codes == null) {
            return jdbc.sql(PAIR + " order by id").query(PairingRepository::pair).list();
        }
        return codes.isEmpty() ? List.of() : jdbc.sql(PAIR + " where helper_code in (:codes) or village_code in (:codes) order by id")
                .param("codes", codes).query(PairingRepository::pair).list();
    }

    /** Writes the year's commitment of the pair, replacing an earlier one. */
    void saveCommitment(long pairId, int year, long fundsFen, List<String> projects, List<String> information, String by, Instant now) {
        int updated = jdbc.sql("""
                update pairing_commitment set funds_fen = ?, projects = ?, information = ?, recorded_by = ?, recorded_at = ?
                where pair_id = ? and commitment_year = ?""")
                .params(fundsFen, String.join("\n", projects), String.join("\n", information), by, Rows.value(now), pairId, year).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into pairing_commitment (pair_id, commitment_year, funds_fen, projects, information, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(pairId, year, fundsFen, String.join("\n", projects), String.join("\n", information), by, Rows.value(now)).update();
        }
    }

    Optional<Commitment> commitment(long pairId, int year) {
        return jdbc.sql(COMMITMENT + " where pair_id = ? and commitment_year = ?").params(pairId, year)
                .query(PairingRepository::commitment).optional();
    }

    List<Commitment> commitments(int year) {
        return jdbc.sql(COMMITMENT + " where commitment_year = ?").param(year).query(PairingRepository::commitment).list();
    }

    private static Pair pair(ResultSet rs, int row) throws SQLException {
        return new Pair(rs.getLong("id"), rs.getString("helper_code"), rs.getString("village_code"), rs.getInt("from_year"));
    }

    private static Commitment commitment(ResultSet rs, int row) throws SQLException {
        return new Commitment(rs.getLong("pair_id"), rs.getInt("commitment_year"), rs.getLong("funds_fen"), lines(rs.getString("projects")),
                lines(rs.getString("information")));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
