package cn.excellence.shared.account;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.security.PasswordChangeRequirement;

/** Who must change their password before doing anything else (table password_change_required). */
@Repository
class PasswordChanges implements PasswordChangeRequirement {

    private final JdbcClient jdbc;

    PasswordChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void require(String userId) {
        if (!isRequired(userId)) {
            jdbc.sql("insert into password_change_required (user_id, since) values (:userId, :since)")
                    .param("userId", userId).param("since", Timestamp.from(Instant.now())).update();
        }
    }

    void clear(String userId) {
        jdbc.sql("delete from password_change_required where user_id = :userId").param("userId", userId).update();
    }

    @Override
    public boolean isRequired(String userId) {
        return jdbc.sql("select count(*) from password_change_required where user_id = :userId")
                .param("userId", userId).query(Long.class).single() > 0;
    }
}
