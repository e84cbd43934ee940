package cn.excellence.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

    private static final String COLUMNS = "code, name, kind, sector, parent_code, path, township_code, village, generated, sort_order";

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organization> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from organization where code = ?").param(code)
                .query(OrganizationRepository::map).optional();
    }

    List<Organization> children(String parentCode) {
        return jdbc.sql("select " + COLUMNS + " from organization where parent_code = ? order by sort_order")
                .param(parentCode).query(OrganizationRepository::map).list();
    }

    List<Organization> subtree(String path) {
        return jdbc.sql("select " + COLUMNS + " from organization where path like ? order by sort_order")
                .param(path + "%").query(OrganizationRepository::map).list();
    }

    Optional<String> organizationOf(String userId) {
        return jdbc.sql("select organization_code from user_organization where user_id = ?").param(userId)
                .query(String.class).optional();
    }

    /** The organization of each of the users who have one, in one query per 500 users. */
    Map<String, String> organizationsOf(Collection<String> userIds) {
        Map<String, String> organizations = new HashMap<>();
        List<String> users = List.copyOf(new LinkedHashSet<>(userIds));
        for (int from = 0; from < users.size(); from += 500) {
            jdbc.sql("select user_id, organization_code from user_organization where user_id in (:users)")
                    .param("users", users.subList(from, Math.min(users.size(), from + 500)))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(row -> organizations.put(row.getKey(), row.getValue()));
        }
        return organizations;
    }

    List<String> usersOf(String organizationCode) {
        return jdbc.sql("select user_id from user_organization where organization_code = ? order by user_id")
                .param(organizationCode).query(String.class).list();
    }

    void assign(String userId, String organizationCode) {
        int updated = jdbc.sql("update user_organization set organization_code = ? where user_id = ?")
                .params(organizationCode, userId).update();
        if (updated == 0) {
            jdbc.sql("insert into user_organization (user_id, organization_code) values (?, ?)")
                    .params(userId, organizationCode).update();
        }
    }

    long countMembers(String organizationCode) {
        return jdbc.sql("select count(*) from party_member where organization_code = ?").param(organizationCode)
                .query(Long.class).single();
    }

    List<RosterEntry> members(String organizationCode, int page, int size) {
        return jdbc.sql("""
                select id, name, gender, organization_code, occupation, generated, position, birth_date, joined_on, phone,
                identity_number, pre1949_veteran, hardship from party_member
                where organization_code = ? order by id limit ? offset ?""")
                .params(organizationCode, size, (long) page * size)
                .query((rs, n) -> new RosterEntry(rs.getLong("id"), rs.getString("name"), rs.getString("gender"),
                        rs.getString("organization_code"), rs.getString("occupation"), rs.getBoolean("generated"),
                        rs.getString("position"), localDate(rs.getDate("birth_date")), localDate(rs.getDate("joined_on")),
                        rs.getString("phone"), RosterEntry.mask(rs.getString("identity_number")), rs.getBoolean("pre1949_veteran"),
                        rs.getBoolean("hardship")))
                .list();
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    Optional<MemberProfile> memberProfile(long id) {
        return jdbc.sql("select id, name, organization_code, good_standing, position from party_member where id = ?").param(id)
                .query((rs, n) -> new MemberProfile(rs.getLong("id"), rs.getString("name"), rs.getString("organization_code"),
                        rs.getBoolean("good_standing"), rs.getString("position")))
                .optional();
    }

    List<Long> pre1949VeteranIds() {
        return jdbc.sql("select id from party_member where pre1949_veteran = true order by id").query(Long.class).list();
    }

    List<Long> farmerHerderIdsBornOnOrBefore(LocalDate date) {
        return jdbc.sql("select id from party_member where occupation = 'FARMER_HERDER' and birth_date <= ? order by id")
                .param(java.sql.Date.valueOf(date)).query(Long.class).list();
    }

    long countMembersAmong(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("select count(*) from party_member where id in (:ids)").param("ids", ids)
                .query(Long.class).single();
    }

    List<MemberProfile> membersBelow(String path) {
        return jdbc.sql("""
                select m.id, m.name, m.organization_code, m.good_standing, m.position from party_member m
                join organization o on o.code = m.organization_code where o.path like ? order by m.id""")
                .param(path + "%")
                .query((rs, n) -> new MemberProfile(rs.getLong("id"), rs.getString("name"), rs.getString("organization_code"),
                        rs.getBoolean("good_standing"), rs.getString("position")))
                .list();
    }

    java.util.Map<String, MemberProfile> membersByIdentityNumber(Collection<String> numbers) {
        java.util.Map<String, MemberProfile> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(numbers);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("select id, name, organization_code, good_standing, position, identity_number from party_member "
                    + "where identity_number in (:numbers)").param("numbers", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query((rs, n) -> {
                        found.put(rs.getString("identity_number"), new MemberProfile(rs.getLong("id"), rs.getString("name"),
                                rs.getString("organization_code"), rs.getBoolean("good_standing"), rs.getString("position")));
                        return null;
                    }).list();
        }
        return found;
    }

    List<Long> hardshipMemberIds() {
        return jdbc.sql("select id from party_member where hardship = true order by id").query(Long.class).list();
    }

    private static Organization map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organization(rs.getString("code"), rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")),
                Sector.valueOf(rs.getString("sector")), rs.getString("parent_code"), rs.getString("path"),
                rs.getString("township_code"), rs.getBoolean("village"), rs.getBoolean("generated"), rs.getInt("sort_order"));
    }

    void insert(Organization o) {
        jdbc.sql("insert into organization (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(o.code(), o.name(), o.kind().name(), o.sector().name(), o.parentCode(), o.path(), o.townshipCode(), o.village(),
                        o.generated(), o.sortOrder())
                .update();
    }

    int nextSortOrder() {
        return jdbc.sql("select coalesce(max(sort_order), 0) + 1 from organization").query(Integer.class).single();
    }

    void moveMembers(Collection<Long> ids, String organizationCode) {
        if (!ids.isEmpty()) {
            jdbc.sql("update party_member set organization_code = :code where id in (:ids)").param("code", organizationCode)
                    .param("ids", ids).update();
        }
    }

    void setVillagePosition(String villagePath, long memberId, String position) {
        jdbc.sql("""
                update party_member set position = null where position = ? and id <> ?
                and organization_code in (select code from organization where path like ?)""")
                .params(position, memberId, villagePath + "%").update();
        jdbc.sql("update party_member set position = ? where id = ?").params(position, memberId).update();
    }
}
