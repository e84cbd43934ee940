package cn.excellence.loan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.excellence.organization.Organization;
import cn.excellence.shared.jdbc.Rows;

/** The assistance_loan table: the loans and each step's record. */
@Repository
class LoanRepository {

    private final JdbcClient jdbc;

    LoanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new application, being checked; {@code key} is the applicant's (one active loan each). */
    long insert(ApplicantKind kind, String name, String key, LoanApplication a, Organization org, long requestedFen, String by,
            Instant at) {
        KeyHolder holder = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into assistance_loan (applicant_kind, applicant_name, applicant_key, id_number, organization_code, township_code,
                requested_fen, term_months, bank, purpose, households_helped, status, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), name, key, kind == ApplicantKind.INDUSTRY_LEADER ? a.idNumber() : null, org.code(),
                        org.townshipCode(), requestedFen, a.termMonths(), a.bank().strip(), a.purpose().strip(), a.householdsHelped(),
                        LoanStatus.CHECKING.name(), by, Rows.value(at))
                .update(holder, "id");
        return holder.getKeyAs(Number.class).longValue();
    }

    Optional<Loan> find(long id) {
        return jdbc.sql("select * from assistance_loan where id = ?").param(id).query(LoanRepository::map).optional();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update assistance_loan set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    /** The applicant's other loans in progress or not yet repaid. */
    long countOtherActive(String applicantKey, long id) {
        String active = LoanStatus.ACTIVE.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        return jdbc.sql("select count(*) from assistance_loan where applicant_key = ? and id <> ? and status in (" + active + ")")
                .params(applicantKey, id).query(Long.class).single();
    }

    void setEligibility(long id, LoanStatus status, String ineligibleReasons) {
        jdbc.sql("update assistance_loan set status = ?, ineligible_reasons = ? where id = ?").params(status.name(), ineligibleReasons, id)
                .update();
    }

    void setTownshipReview(long id, LoanStatus status, String siteVisitNotes) {
        jdbc.sql("update assistance_loan set status = ?, site_visit_notes = ? where id = ?").params(status.name(), siteVisitNotes, id)
                .update();
    }

    void setFundReview(long id, LoanStatus status, long approvedFen, BigDecimal subsidyRate, int subsidyPeriods, long subsidyTotalFen) {
        jdbc.sql("""
                update assistance_loan set status = ?, approved_fen = ?, subsidy_rate = ?, subsidy_periods = ?, subsidy_total_fen = ?
                where id = ?""").params(status.name(), approvedFen, subsidyRate, subsidyPeriods, subsidyTotalFen, id).update();
    }

    /** The status and why the loan was declined or is waiting ({@code null}: no reason). */
    void setStatus(long id, LoanStatus status, String declineReason) {
        jdbc.sql("update assistance_loan set status = ?, decline_reason = ? where id = ?").params(status.name(), declineReason, id).update();
    }

    void setStatus(long id, LoanStatus status) {
        jdbc.sql("update assistance_loan set status = ? where id = ?").params(status.name(), id).update();
    }

    void setBankLoan(long id, String contractNumber, LocalDate loanDate, long principalFen) {
        jdbc.sql("update assistance_loan set status = ?, contract_number = ?, loan_date = ?, principal_fen = ? where id = ?")
                .params(LoanStatus.REPAYING.name(), contractNumber, java.sql.Date.valueOf(loanDate), principalFen, id).update();
    }

    /** Marks a loan being repaid as repaid early; false when it is not being repaid (any more). */
    boolean claimEarlyRepayment(long id, LocalDate repaidOn) {
        return jdbc.sql("update assistance_loan set status = ?, repaid_on = ? where id = ? and status = ?")
                .params(LoanStatus.REPAID_EARLY.name(), java.sql.Date.valueOf(repaidOn), id, LoanStatus.REPAYING.name()).update() == 1;
    }

    /** Counts one more subsidy period paid; false when the loan is no longer being repaid or the period was counted already. */
    boolean countPaidPeriod(long id, int period) {
        return jdbc.sql("update assistance_loan set subsidy_paid_periods = ? where id = ? and status = ? and subsidy_paid_periods = ?")
                .params(period, id, LoanStatus.REPAYING.name(), period - 1).update() == 1;
    }

    /** The loans of these organizations ({@code null}: of every organization), for 我的事项. */
    List<Loan> ofOrganizations(Collection<String> organizationCodes) {
        return Rows.ofOrganizations(jdbc, "assistance_loan", "organization_code", organizationCodes, LoanRepository::map);
    }

    private static Loan map(ResultSet rs, int row) throws SQLException {
        return new Loan(rs.getLong("id"), ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_name"),
                rs.getString("applicant_key"), rs.getString("id_number"), rs.getString("organization_code"), rs.getString("township_code"),
                rs.getLong("requested_fen"), rs.getInt("term_months"), rs.getString("bank"), rs.getString("purpose"),
                rs.getInt("households_helped"), LoanStatus.valueOf(rs.getString("status")), rs.getString("ineligible_reasons"),
                rs.getString("site_visit_notes"), nullableLong(rs, "approved_fen"), rs.getBigDecimal("subsidy_rate"),
                nullableInt(rs, "subsidy_periods"), nullableLong(rs, "subsidy_total_fen"), rs.getInt("subsidy_paid_periods"),
                rs.getString("decline_reason"), rs.getString("contract_number"), rs.getObject("loan_date", LocalDate.class),
                nullableLong(rs, "principal_fen"), rs.getObject("repaid_on", LocalDate.class), rs.getString("process_instance_id"),
                rs.getString("created_by"), Rows.instant(rs, "created_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
