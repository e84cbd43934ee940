package cn.excellence.organization;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Birth and joining dates and relief flags for the generated members, as the source counts them:
 * 23 pre-1949 veterans (建国前老党员), 1,257 farmers and herders aged 60 or more on 1 July 2010,
 * 373 veterans and members in hardship in all. Deterministic, from the member id.
 */
@Component
class V7__SeedMemberLifeData extends BaseJavaMigration {

    static final int VETERANS = 23;
    static final int ELDERLY_FARMERS = 1_257;
    static final int HARDSHIP = 373 - VETERANS;
    static final LocalDate FOUNDING = LocalDate.of(1949, 10, 1);

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement select = context.getConnection().createStatement();
                ResultSet members = select.executeQuery("select id, occupation from party_member order by id");
                PreparedStatement update = context.getConnection().prepareStatement(
                        "update party_member set birth_date = ?, joined_on = ?, pre1949_veteran = ?, hardship = ? where id = ?")) {
            int farmers = 0;
            int pending = 0;
            while (members.next()) {
                long id = members.getLong(1);
                boolean farmer = "FARMER_HERDER".equals(members.getString(2));
                int farmerIndex = farmer ? ++farmers : 0;
                LocalDate birth = birth(id, farmerIndex);
                boolean veteran = farmer && farmerIndex <= VETERANS;
                LocalDate joined = veteran ? LocalDate.of(1945, 5, 1).plusDays(farmerIndex * 30L) : later(birth.plusYears(25));
                update.setDate(1, Date.valueOf(birth));
                update.setDate(2, Date.valueOf(joined));
                update.setBoolean(3, veteran);
                update.setBoolean(4, farmer && farmerIndex > VETERANS && farmerIndex <= VETERANS + HARDSHIP);
                update.setLong(5, id);
                update.addBatch();
                if (++pending % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** The first 1,257 farmers were born before July 1950, every other member after. */
    private static LocalDate birth(long id, int farmerIndex) {
        if (farmerIndex > 0 && farmerIndex <= ELDERLY_FARMERS) {
            return LocalDate.of(1920, 1, 1).plusDays(farmerIndex * 7L);
        }
        return LocalDate.of(1951, 1, 1).plusDays((id * 13) % 12_000);
    }

    private static LocalDate later(LocalDate joined) {
        return joined.isBefore(FOUNDING) ? FOUNDING.plusMonths(3) : joined;
    }
}
