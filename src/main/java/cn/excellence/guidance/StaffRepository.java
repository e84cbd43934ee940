package cn.excellence.guidance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** The guidance staff and the organizations each guides (tables guidance_staff, guidance_staff_organization). */
@Repository
class StaffRepository {

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String userId, String name, StaffKind kind, String by, Instant at) {
        return Rows.insert(jdbc, "insert into guidance_staff (user_id, name, kind, active, registered_by, registered_at) values (?, ?, ?, true, ?, ?)",
                userId, name, kind.name(), by, Rows.value(at));
    }

    void guide(long staffId, String organizationCode, String townshipCode) {
        jdbc.sql("insert into guidance_staff_organization (staff_id, organization_code, township_code) values (?, ?, ?)")
                .params(staffId, organizationCode, townshipCode).update();
    }

    boolean isRegistered(String userId) {
        return jdbc.sql("select count(*) from guidance_staff where user_id = ?").param(userId).query(Long.class).single() > 0;
    }

    Optional<Long> idOf(String userId) {
        return jdbc.sql("select id from guidance_staff where user_id = ?").param(userId).query(Long.class).optional();
    }

    Optional<GuidanceStaff> find(long id) {
        return all(" where s.id = ?", id).stream().findFirst();
    }

    /** Every staff member with their organizations: two queries, whatever their number. */
    List<GuidanceStaff> all() {
        return all("", new Object[0]);
    }

    private List<GuidanceStaff> all(String where, Object... params) {
        Map<Long, List<String[]>> guided = new LinkedHashMap<>();
        jdbc.sql("select o.staff_id, o.organization_code, o.township_code from guidance_staff_organization o join guidance_staff s on s.id = o.staff_id"
                + where + " order by o.staff_id, o.organization_code").params(params)
                .query(rs -> {
                    guided.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
                });
        return jdbc.sql("select s.* from guidance_staff s" + where + " order by s.id").params(params).query((rs, n) -> {
            List<String[]> orgs = guided.getOrDefault(rs.getLong("id"), List.of());
            return new GuidanceStaff(rs.getLong("id"), rs.getString("user_id"), rs.getString("name"), StaffKind.valueOf(rs.getString("kind")),
                    rs.getBoolean("active"), orgs.stream().map(o -> o[0]).toList(),
                    orgs.stream().map(o -> o[1]).filter(t -> t != null).distinct().toList());
        }).list();
    }

    /** The user ids of the active staff of these kinds. */
    List<String> activeUsers(List<StaffKind> kinds) {
        return jdbc.sql("select user_id from guidance_staff where active = true and kind in (:kinds) order by id")
                .param("kinds", kinds.stream().map(Enum::name).toList()).query(String.class).list();
    }
}
