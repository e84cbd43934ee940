package cn.excellence.themes;

import static cn.excellence.shared.jdbc.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/** The theme tables: campaign years and one registration per organization and year. */
@Repository
class ThemeRepository {

    private final JdbcClient jdbc;

    ThemeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertYear(int year, Instant deadline, Instant reminderAt, String openedBy, Instant now, String processInstanceId) {
        jdbc.sql("""
                insert into theme_year (campaign_year, deadline, reminder_at, status, process_instance_id, opened_by, opened_at)
                values (?, ?, ?, 'OPEN', ?, ?, ?)""").params(year, Rows.value(deadline), Rows.value(reminderAt), processInstanceId, openedBy,
                Rows.value(now)).update();
    }

    Optional<ThemeYear> findYear(int year) {
        return jdbc.sql("select * from theme_year where campaign_year = ?").param(year).query(ThemeRepository::year).optional();
    }

    List<ThemeYear> years() {
        return jdbc.sql("select * from theme_year order by campaign_year desc").query(ThemeRepository::year).list();
    }

    void setProcess(int year, String processInstanceId) {
        jdbc.sql("update theme_year set process_instance_id = ? where campaign_year = ?").params(processInstanceId, year).update();
    }

    void lockYear(int year) {
        jdbc.sql("select campaign_year from theme_year where campaign_year = ? for update").param(year).query(Integer.class).single();
    }

    long countNotApproved(int year) {
        return jdbc.sql("select count(*) from theme_registration where campaign_year = ? and status <> 'APPROVED'").param(year)
                .query(Long.class).single();
    }

    void completeYear(int year, Instant now) {
        jdbc.sql("update theme_year set status = 'COMPLETED', completed_at = ? where campaign_year = ?").params(Rows.value(now), year).update();
    }

    long insertRegistration(int year, String code, String name, String townshipCode, String sector, int sortOrder, String secretary,
            String reviewer, Instant now) {
        return Rows.insert(jdbc, """
                insert into theme_registration (campaign_year, organization_code, organization_name, township_code, sector, sort_order,
                secretary, reviewer, status, late, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'UNREGISTERED', false, ?)""",
                year, code, name, townshipCode, sector, sortOrder, secretary, reviewer, now);
    }

    void update(long id, Map<String, Object> columns) {
        Rows.update(jdbc, "theme_registration", id, columns);
    }

    Optional<ThemeRegistration> find(long id) {
        return jdbc.sql("select * from theme_registration where id = ?").param(id).query(ThemeRepository::registration).optional();
    }

    Optional<ThemeRegistration> find(int year, String organizationCode) {
        return jdbc.sql("select * from theme_registration where campaign_year = ? and organization_code = ?").params(year, organizationCode)
                .query(ThemeRepository::registration).optional();
    }

    List<ThemeRegistration> ofYear(int year) {
        return jdbc.sql("select * from theme_registration where campaign_year = ? order by sort_order").param(year)
                .query(ThemeRepository::registration).list();
    }

    List<ThemeRegistration> ofOrganizations(Collection<String> organizationCodes) {
        return Rows.ofOrganizations(jdbc, "theme_registration", "organization_code", organizationCodes, ThemeRepository::registration);
    }

    /** Open registrations (not registered yet, or returned) whose deadline passed are marked late; how many. */
    int markLate(int year, Instant now) {
        return jdbc.sql("""
                update theme_registration set late = true, updated_at = ? where campaign_year = ? and late = false
                and status in ('UNREGISTERED', 'RETURNED')""").params(Rows.value(now), year).update();
    }

    private static ThemeYear year(ResultSet rs, int row) throws SQLException {
        return new ThemeYear(rs.getInt("campaign_year"), instant(rs, "deadline"), instant(rs, "reminder_at"), rs.getString("status"),
                rs.getString("process_instance_id"), rs.getString("opened_by"), instant(rs, "opened_at"), instant(rs, "completed_at"));
    }

    private static ThemeRegistration registration(ResultSet rs, int row) throws SQLException {
        return new ThemeRegistration(rs.getLong("id"), rs.getInt("campaign_year"), rs.getString("organization_code"),
                rs.getString("organization_name"), rs.getString("township_code"), rs.getString("sector"), rs.getString("secretary"),
                rs.getString("reviewer"), ThemeStatus.valueOf(rs.getString("status")), rs.getString("theme"), rs.getString("carrier"),
                rs.getString("measures"), rs.getString("review_note"), rs.getBoolean("late"), instant(rs, "submitted_at"),
                instant(rs, "approved_at"), instant(rs, "updated_at"), rs.getString("process_instance_id"));
    }
}
