package cn.excellence.orgchange;

import static cn.excellence.shared.jdbc.Rows.instant;
import static cn.excellence.shared.jdbc.Rows.nullableInt;

import java.sql.Date;
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

import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.Sector;
import cn.excellence.shared.jdbc.Rows;

/** Foundings and their first committee elections (tables org_founding, org_election_candidate). */
@Repository
class FoundingRepository {

    private final JdbcClient jdbc;

    FoundingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Founding f, Instant at) {
        return Rows.insert(jdbc, """
                insert into org_founding (parent_code, organization_code, existing, name, kind, sector, reason, member_ids, branches,
                proposed_on, status, applied_by, applying_org_code, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                f.parentCode(), f.organizationCode(), f.existing(), f.name(), f.kind(), f.sector(), f.reason(), f.memberIds(), f.branches(),
                date(f.proposedOn()), FoundingStatus.APPLIED, f.appliedBy(), f.applyingOrgCode(), at, at);
    }

    Optional<Founding> find(long id) {
        return jdbc.sql("select * from org_founding where id = ?").param(id).query(FoundingRepository::founding).optional();
    }

    List<Founding> ofOrganizations(Collection<String> applyingCodes) {
        return Rows.ofOrganizations(jdbc, "org_founding", "applying_org_code", applyingCodes, FoundingRepository::founding);
    }

    /** An open or finished founding of the organization already in the tree (a 补录 is made once). */
    boolean foundingOf(String organizationCode) {
        return jdbc.sql("select count(*) from org_founding where organization_code = ?").param(organizationCode).query(Long.class).single() > 0;
    }

    void update(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "org_founding", id, columns);
    }

    void replaceCandidates(long foundingId, List<Candidate> candidates) {
        jdbc.sql("delete from org_election_candidate where founding_id = ?").param(foundingId).update();
        for (Candidate c : candidates) {
            jdbc.sql("insert into org_election_candidate (founding_id, member_id, member_name, votes, elected, office) values (?, ?, ?, ?, ?, ?)")
                    .params(foundingId, c.memberId(), c.memberName(), c.votes(), c.elected(), c.office() == null ? null : c.office().name())
                    .update();
        }
    }

    List<Candidate> candidates(long foundingId) {
        return jdbc.sql("select * from org_election_candidate where founding_id = ? order by votes desc, member_id").param(foundingId)
                .query((rs, n) -> new Candidate(rs.getLong("member_id"), rs.getString("member_name"), rs.getInt("votes"), rs.getBoolean("elected"),
                        rs.getString("office") == null ? null : CommitteeOffice.valueOf(rs.getString("office"))))
                .list();
    }

    /** The organization's filed founding, if any: the one whose committee stands. */
    Optional<Founding> filedOf(String organizationCode) {
        return jdbc.sql("select * from org_founding where organization_code = ? and status = 'FILED' order by id desc").param(organizationCode)
                .query(FoundingRepository::founding).list().stream().findFirst();
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Founding founding(ResultSet rs, int row) throws SQLException {
        return new Founding(rs.getLong("id"), rs.getString("parent_code"), rs.getString("organization_code"), rs.getBoolean("existing"),
                rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")), Sector.valueOf(rs.getString("sector")), rs.getString("reason"),
                rs.getString("member_ids"), rs.getInt("branches"), day(rs, "proposed_on"), day(rs, "founded_on"),
                FoundingStatus.valueOf(rs.getString("status")), rs.getString("review_comment"), nullableInt(rs, "electors_entitled"),
                nullableInt(rs, "electors_present"), day(rs, "elected_on"), rs.getString("filing_comment"), rs.getString("applied_by"),
                rs.getString("applying_org_code"), rs.getString("process_instance_id"), instant(rs, "updated_at"));
    }
}
