package cn.excellence.workbench;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;

/** The workbench_draft table: each user's drafts by key; the newer savedAt wins, also between two nodes. */
@Component
class Drafts {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Drafts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Draft> find(String userId, String draftKey) {
        return jdbc.sql("select draft_key, draft_values, saved_at from workbench_draft where user_id = ? and draft_key = ?")
                .params(userId, draftKey).query((rs, n) -> new Draft(rs.getString("draft_key"), read(rs.getString("draft_values")),
                        Rows.instant(rs, "saved_at").atZone(WorkingDayCalendar.ZONE).toOffsetDateTime())).optional();
    }

    /** Keeps the values unless the stored draft was saved later; returns the draft now stored. */
    Draft save(String userId, String draftKey, JsonNode values, OffsetDateTime savedAt) {
        Instant at = savedAt.toInstant();
        String text = values.toString();
        int updated = jdbc.sql("update workbench_draft set draft_values = ?, saved_at = ? where user_id = ? and draft_key = ? and saved_at <= ?")
                .params(text, Rows.value(at), userId, draftKey, Rows.value(at)).update();
        if (updated == 0 && find(userId, draftKey).isEmpty()) {
            try {
                jdbc.sql("insert into workbench_draft (user_id, draft_key, draft_values, saved_at) values (?, ?, ?, ?)")
                        .params(userId, draftKey, text, Rows.value(at)).update();
            } catch (DuplicateKeyException e) {
                return save(userId, draftKey, values, savedAt);
            }
        }
        return find(userId, draftKey).orElseThrow();
    }

    void delete(String userId, String draftKey) {
        jdbc.sql("delete from workbench_draft where user_id = ? and draft_key = ?").params(userId, draftKey).update();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("stored draft is not JSON", e);
        }
    }
}
