package cn.excellence.fund;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.fund.LedgerEntry.EntryType;
import cn.excellence.shared.jdbc.Rows;

/**
 * The funds and their ledger. Every booking is one conditional update of the fund row (so the
 * database, not this node, decides whether the money is there: correct on any number of nodes) and
 * one ledger entry whose idempotency key is unique (so the same booking asked twice is made once).
 */
@Service
public class FundLedger {

    /** What became of a booking. */
    public enum Outcome { BOOKED, ALREADY_BOOKED, INSUFFICIENT }

    private final JdbcClient jdbc;

    FundLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Fund> funds() {
        return jdbc.sql("select * from fund order by code").query(FundLedger::mapFund).list();
    }

    public Optional<Fund> fund(String code) {
        return jdbc.sql("select * from fund where code = ?").param(code).query(FundLedger::mapFund).optional();
    }

    /** Sets money aside: committed grows, available shrinks; refused when the fund cannot cover it. */
    @Transactional
    public Outcome reserve(String fund, long amountFen, String key, String reference, String description, String by) {
        return book(fund, EntryType.RESERVE, amountFen, false, key, reference, description, by,
                "update fund set committed_fen = committed_fen + :amount where code = :fund and total_fen - committed_fen - paid_fen >= :amount");
    }

    /** Gives back what a reservation no longer needs. */
    @Transactional
    public Outcome release(String fund, long amountFen, String key, String reference, String description, String by) {
        return book(fund, EntryType.RELEASE, amountFen, false, key, reference, description, by,
                "update fund set committed_fen = committed_fen - :amount where code = :fund and committed_fen >= :amount");
    }

    /** Pays out, from an earlier reservation or straight from what is available. */
    @Transactional
    public Outcome pay(String fund, long amountFen, boolean fromReservation, String key, String reference, String description, String by) {
        String update = fromReservation
                ? "update fund set committed_fen = committed_fen - :amount, paid_fen = paid_fen + :amount where code = :fund and committed_fen >= :amount"
                : "update fund set paid_fen = paid_fen + :amount where code = :fund and total_fen - committed_fen - paid_fen >= :amount";
        return book(fund, EntryType.PAYMENT, amountFen, fromReservation, key, reference, description, by, update);
    }

    private Outcome book(String fund, EntryType type, long amountFen, boolean fromReservation, String key, String reference,
            String description, String by, String update) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amountFen);
        }
        if (entry(key).isPresent()) {
            return Outcome.ALREADY_BOOKED;
        }
        if (jdbc.sql(update).param("amount", amountFen).param("fund", fund).update() == 0) {
            return Outcome.INSUFFICIENT;
        }
        jdbc.sql("""
                insert into fund_ledger (fund_code, entry_type, amount_fen, from_reservation, idempotency_key, reference,
                description, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(fund, type.name(), amountFen, fromReservation, key, reference, description, by,
                        Rows.value(ClockUtil.getCurrentTime()))
                .update();
        return Outcome.BOOKED;
    }

    public Optional<LedgerEntry> entry(String key) {
        return jdbc.sql("select * from fund_ledger where idempotency_key = ?").param(key).query(FundLedger::mapEntry).optional();
    }

    public List<LedgerEntry> ledger(String fund, int page, int size) {
        return jdbc.sql("select * from fund_ledger where fund_code = ? order by id limit ? offset ?")
                .params(fund, size, (long) page * size).query(FundLedger::mapEntry).list();
    }

    public long ledgerSize(String fund) {
        return jdbc.sql("select count(*) from fund_ledger where fund_code = ?").param(fund).query(Long.class).single();
    }

    /** The committed and paid amounts the ledger adds up to, to check against the fund row. */
    public long[] ledgerTotals(String fund) {
        return jdbc.sql("""
                select coalesce(sum(case when entry_type = 'RESERVE' then amount_fen when entry_type = 'RELEASE' then -amount_fen
                                         when entry_type = 'PAYMENT' and from_reservation then -amount_fen else 0 end), 0),
                       coalesce(sum(case when entry_type = 'PAYMENT' then amount_fen else 0 end), 0)
                from fund_ledger where fund_code = ?""").param(fund)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** What is still reserved for one reference (a loan): reserved, less released, less paid out of the reservation. */
    public long ledgerTotalsForReference(String reference) {
        return jdbc.sql("""
                select coalesce(sum(case when entry_type = 'RESERVE' then amount_fen when entry_type = 'RELEASE' then -amount_fen
                                         when entry_type = 'PAYMENT' and from_reservation then -amount_fen else 0 end), 0)
                from fund_ledger where reference = ?""").param(reference).query(Long.class).single();
    }

    private static Fund mapFund(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Fund(rs.getString("code"), rs.getString("name"), rs.getLong("total_fen"), rs.getLong("committed_fen"),
                rs.getLong("paid_fen"));
    }

    private static LedgerEntry mapEntry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getString("fund_code"), EntryType.valueOf(rs.getString("entry_type")),
                rs.getLong("amount_fen"), rs.getBoolean("from_reservation"), rs.getString("idempotency_key"), rs.getString("reference"),
                rs.getString("description"), rs.getString("created_by"), Rows.instant(rs, "created_at"));
    }
}
