package cn.excellence.orgchange;

import static cn.excellence.shared.jdbc.Rows.instant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** The reserve cadres and the 两委换届 results (tables reserve_cadre, village_election). */
@Repository
class CadreRepository {

    private final JdbcClient jdbc;

    CadreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isReserve(long memberId) {
        return jdbc.sql("select count(*) from reserve_cadre where member_id = ?").param(memberId).query(Long.class).single() > 0;
    }

    long insertReserve(long memberId, String name, String organizationCode, String townshipCode, CadreType type, LocalDate since, String by,
            Instant at) {
        return Rows.insert(jdbc, """
                insert into reserve_cadre (member_id, member_name, organization_code, township_code, cadre_type, since, registered_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", memberId, name, organizationCode, townshipCode, type, Date.valueOf(since), by, at);
    }

    List<ReserveCadre> reserves() {
        return jdbc.sql("select * from reserve_cadre order by township_code, organization_code, id").query((rs, n) -> {
            CadreType type = CadreType.valueOf(rs.getString("cadre_type"));
            return new ReserveCadre(rs.getLong("id"), rs.getLong("member_id"), rs.getString("member_name"), rs.getString("organization_code"),
                    rs.getString("township_code"), type, type.label(), rs.getDate("since").toLocalDate(), rs.getString("registered_by"));
        }).list();
    }

    boolean elected(int year, String organizationCode, VillageOffice office) {
        return jdbc.sql("select count(*) from village_election where election_year = ? and organization_code = ? and office = ?")
                .params(year, organizationCode, office.name()).query(Long.class).single() > 0;
    }

    long insertElection(int year, String organizationCode, String townshipCode, VillageOffice office, long memberId, String name, int votes,
            String by, Instant at, String processInstanceId) {
        return Rows.insert(jdbc, """
                insert into village_election (election_year, organization_code, township_code, office, member_id, member_name, votes, recorded_by,
                recorded_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", year, organizationCode, townshipCode, office, memberId,
                name, votes, by, at, processInstanceId);
    }

    private static final String ELECTIONS = """
            select e.*, case when r.member_id is null then false else true end as reserve from village_election e
            left join reserve_cadre r on r.member_id = e.member_id""";
    private static final String ORDER = " order by e.township_code, e.organization_code, e.office, e.id";

    /** The year's results, each marked whether the member is in the reserve register. */
    List<VillageElection> elections(int year) {
        return jdbc.sql(ELECTIONS + " where e.election_year = ?" + ORDER).param(year).query(CadreRepository::election).list();
    }

    /** Every year's results. */
    List<VillageElection> elections() {
        return jdbc.sql(ELECTIONS + ORDER).query(CadreRepository::election).list();
    }

    private static VillageElection election(ResultSet rs, int row) throws SQLException {
        VillageOffice office = VillageOffice.valueOf(rs.getString("office"));
        return new VillageElection(rs.getLong("id"), rs.getInt("election_year"), rs.getString("organization_code"), rs.getString("township_code"),
                office, office.label(), rs.getLong("member_id"), rs.getString("member_name"), rs.getInt("votes"), rs.getBoolean("reserve"),
                rs.getString("recorded_by"), instant(rs, "recorded_at"), rs.getString("process_instance_id"));
    }
}
