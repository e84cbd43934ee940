package cn.excellence.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;

import cn.excellence.organization.RosterFiles;
import cn.excellence.support.Http;

/** Attendance sheets as a user fills the template, roster members imported as org-dept does, courses as the API makes them. */
final class TrainingFiles {

    static final List<String> HEADERS = List.of("姓名", "公民身份号码", "学时", "人员类别");

    private TrainingFiles() {
    }

    static byte[] sheet(List<? extends List<String>> rows) {
        return RosterFiles.xlsx(HEADERS, rows);
    }

    static List<String> row(String name, String identity, String hours, String kind) {
        List<String> row = new ArrayList<>();
        row.add(name);
        row.add(identity);
        row.add(hours);
        row.add(kind);
        return row;
    }

    /** The roster row's attendance row: name and identity number, the course's hours, a member. */
    static List<String> attendee(List<String> rosterRow) {
        return row(rosterRow.get(0), rosterRow.get(2), null, null);
    }

    /** Imports roster members (RosterFiles rows) as org-dept, through the roster import. */
    static void importRoster(Http http, List<List<String>> rosterRows) {
        ResponseEntity<Map<String, Object>> imported = http.upload("orgdept", "/api/organization/members/import?apply=true", "file",
                "roster.xlsx", RosterFiles.xlsx(rosterRows));
        assertThat(imported.getStatusCode().value()).as(String.valueOf(imported.getBody())).isEqualTo(200);
    }

    static Map<String, Object> course(String topic, String start, String hours, String category, String organizer) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("topic", topic, "place", "镇党校", "startDate", start, "endDate", start,
                "hours", hours, "category", category));
        if (organizer != null) {
            body.put("organizerCode", organizer);
        }
        return body;
    }

    /** A course org-dept creates directly (scheduled). */
    static long scheduled(Http http, String topic, String start, String hours, String category, String organizer) {
        ResponseEntity<Map<String, Object>> created = http.post("orgdept", "/api/training/courses", course(topic, start, hours, category, organizer));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    static ResponseEntity<Map<String, Object>> upload(Http http, String user, long course, boolean apply, byte[] file) {
        return http.upload(user, "/api/training/courses/" + course + "/attendance/import?apply=" + apply, "file", "参训.xlsx", file);
    }

    static int number(Map<String, Object> body, String key) {
        return ((Number) body.get(key)).intValue();
    }
}
