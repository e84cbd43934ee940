package cn.excellence.pairing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** Fulfilment records (履行记录) and their evidence files. */
@Repository
class FulfilmentRepository {

    private static final String FULFILMENT = """
            select id, pair_id, fulfilment_year, fulfilment_date, kind, amount_fen, description, status, dispute_note, explanation,
            recorded_by, recorded_at, confirmed_at, process_instance_id from pairing_fulfilment""";

    /** An evidence file as stored. */
    record Evidence(long id, long fulfilmentId, String fileName, String contentType, int size) {
    }

    private final JdbcClient jdbc;

    FulfilmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long pairId, LocalDate date, FulfilmentKind kind, Long amountFen, String description, String by, Instant now) {
        return Rows.insert(jdbc, """
                insert into pairing_fulfilment (pair_id, fulfilment_year, fulfilment_date, kind, amount_fen, description, status,
                recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                pairId, date.getYear(), date, kind.name(), amountFen, description, FulfilmentStatus.AWAITING_RECEIPT.name(), by, now);
    }

    void insertEvidence(long fulfilmentId, String fileName, String contentType, byte[] content) {
        jdbc.sql("insert into pairing_evidence (fulfilment_id, file_name, content_type, size_bytes, content) values (?, ?, ?, ?, ?)")
                .params(fulfilmentId, fileName, contentType, content.length, content).update();
    }

    void setProcess(long id, String processInstanceId) {
        jdbc.sql("update pairing_fulfilment set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    Optional<Fulfilment> find(long id) {
        return jdbc.sql(FULFILMENT + " where id = ?").param(id).query(FulfilmentRepository::map).optional();
    }

    List<Fulfilment> ofPairs(Collection<Long> pairIds, Integer year) {
        if (pairIds.isEmpty()) {
            return List.of();
        }
        return year == null
                ? jdbc.sql(FULFILMENT + " where pair_id in (:ids) order by id").param("ids", pairIds).query(FulfilmentRepository::map).list()
                : jdbc.sql(FULFILMENT + " where pair_id in (:ids) and fulfilment_year = :year order by id").param("ids", pairIds)
                        .param("year", year).query(FulfilmentRepository::map).list();
    }

    List<Fulfilment> ofYear(int year) {
        return jdbc.sql(FULFILMENT + " where fulfilment_year = ? order by id").param(year).query(FulfilmentRepository::map).list();
    }

    void update(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "pairing_fulfilment", id, columns);
    }

    List<Evidence> evidenceOf(Collection<Long> fulfilmentIds) {
        return fulfilmentIds.isEmpty() ? List.of() : jdbc.sql("""
                select id, fulfilment_id, file_name, content_type, size_bytes from pairing_evidence where fulfilment_id in (:ids) order by id""")
                .param("ids", fulfilmentIds).query((rs, n) -> new Evidence(rs.getLong("id"), rs.getLong("fulfilment_id"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"))).list();
    }

    Optional<byte[]> content(long fulfilmentId, long evidenceId) {
        return jdbc.sql("select content from pairing_evidence where id = ? and fulfilment_id = ?").params(evidenceId, fulfilmentId)
                .query((rs, n) -> rs.getBytes("content")).optional();
    }

    private static Fulfilment map(ResultSet rs, int row) throws SQLException {
        return new Fulfilment(rs.getLong("id"), rs.getLong("pair_id"), rs.getInt("fulfilment_year"), rs.getObject("fulfilment_date", LocalDate.class),
                FulfilmentKind.valueOf(rs.getString("kind")), Rows.nullableLong(rs, "amount_fen"), rs.getString("description"),
                FulfilmentStatus.valueOf(rs.getString("status")), rs.getString("dispute_note"), rs.getString("explanation"),
                rs.getString("recorded_by"), Rows.instant(rs, "recorded_at"), Rows.instant(rs, "confirmed_at"), rs.getString("process_instance_id"));
    }
}
