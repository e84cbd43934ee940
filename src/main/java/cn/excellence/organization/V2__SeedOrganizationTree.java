package cn.excellence.organization;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Seeds the organization tree and the members once per database (Flyway runs it under its lock,
 * so several nodes starting together seed it once). The class name is Flyway's version scheme.
 */
@Component
class V2__SeedOrganizationTree extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        OrganizationTreeGenerator generator = new OrganizationTreeGenerator();
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into organization (code, name, kind, sector, parent_code, path, township_code, village, generated, sort_order)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Organization o : generator.organizations()) {
                insert.setString(1, o.code());
                insert.setString(2, o.name());
                insert.setString(3, o.kind().name());
                insert.setString(4, o.sector().name());
                insert.setString(5, o.parentCode());
                insert.setString(6, o.path());
                insert.setString(7, o.townshipCode());
                insert.setBoolean(8, o.village());
                insert.setBoolean(9, o.generated());
                insert.setInt(10, o.sortOrder());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into party_member (id, name, gender, organization_code, occupation, generated) values (?, ?, ?, ?, ?, ?)""")) {
            int pending = 0;
            for (PartyMember m : generator.members()) {
                insert.setLong(1, m.id());
                insert.setString(2, m.name());
                insert.setString(3, m.gender());
                insert.setString(4, m.organizationCode());
                insert.setString(5, m.occupation());
                insert.setBoolean(6, m.generated());
                insert.addBatch();
                if (++pending % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
