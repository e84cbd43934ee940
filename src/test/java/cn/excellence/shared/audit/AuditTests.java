package cn.excellence.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;
import cn.excellence.support.WebSession;

/**
 * The audit log shows who did what, when and from where: changes through /api, the engine REST and the
 * webapps' API, failed logins and logouts; administrators only; searchable, exportable to Excel; kept
 * for the retention period and no longer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class AuditTests {

    private static final String LOCAL = "127.0.0.1";
    private static final String STRONG = "Audited-User-2026";

    @LocalServerPort
    int port;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private ResponseEntity<JsonNode> audit(String user, String query) {
        return http.as(user).get().uri("/api/admin/audit?" + query).retrieve().toEntity(JsonNode.class);
    }

    private List<JsonNode> entries(String query) {
        ResponseEntity<JsonNode> response = audit("admin", query);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        response.getBody().path("content").forEach(entries::add);
        return entries;
    }

    private ResponseEntity<JsonNode> createUser(String id) {
        return http.as("admin").post().uri("/engine-rest/user/create").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("profile", Map.of("id", id, "firstName", "审计", "lastName", "用户"), "credentials", Map.of("password", STRONG)))
                .retrieve().toEntity(JsonNode.class);
    }

    @Test
    void aChangeThroughTheEngineRestIsOnRecordWithWhoWhatAndWhereFrom() {
        assertThat(createUser("audited-clerk").getStatusCode().value()).isEqualTo(204);

        List<JsonNode> found = entries("user=admin&category=IDENTITY&path=/engine-rest/user/create");
        assertThat(found).isNotEmpty();
        JsonNode entry = found.get(0);
        assertThat(entry.path("method").asText()).isEqualTo("POST");
        assertThat(entry.path("status").asInt()).isEqualTo(204);
        assertThat(entry.path("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(entry.path("clientAddress").asText()).isEqualTo(LOCAL);
        assertThat(Instant.parse(entry.path("at").asText())).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(entry.toString()).as("no password in the log").doesNotContain(STRONG);
    }

    @Test
    void aChangeThroughTheApiAndARefusedOneAreOnRecord() {
        ResponseEntity<JsonNode> refused = http.as("orgdept").post().uri("/api/account/password").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("oldPassword", "not-mine", "newPassword", STRONG)).retrieve().toEntity(JsonNode.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode entry = entries("user=orgdept&path=/api/account/password").get(0);
        assertThat(entry.path("category").asText()).isEqualTo("IDENTITY");
        assertThat(entry.path("status").asInt()).isEqualTo(400);
        assertThat(entry.path("outcome").asText()).isEqualTo("FAILURE");
        assertThat(entry.path("clientAddress").asText()).isEqualTo(LOCAL);

        assertThat(deploy("secretary-wulashan").getStatusCode().value()).isEqualTo(403);
        JsonNode forbidden = entries("user=secretary-wulashan&category=DEPLOYMENT").get(0);
        assertThat(forbidden.path("path").asText()).isEqualTo("/engine-rest/deployment/create");
        assertThat(forbidden.path("status").asInt()).isEqualTo(403);
        assertThat(forbidden.path("outcome").asText()).isEqualTo("FAILURE");
    }

    @Test
    void aDeploymentThroughTheEngineRestIsOnRecord() {
        ResponseEntity<JsonNode> deployed = deploy("admin");
        JsonNode entry = entries("user=admin&category=DEPLOYMENT").get(0);
        assertThat(entry.path("path").asText()).isEqualTo("/engine-rest/deployment/create");
        assertThat(entry.path("status").asInt()).isEqualTo(deployed.getStatusCode().value());
    }

    private ResponseEntity<JsonNode> deploy(String user) {
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("AuditProbe").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Started").endEvent("EndEvent_Done").done());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "audit-probe");
        parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "audit-probe.bpmn";
            }
        });
        return http.as(user).post().uri("/engine-rest/deployment/create").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().toEntity(JsonNode.class);
    }

    @Test
    void aFailedLoginIsOnRecordButReadsAreNot() {
        assertThat(http.as("fund1", "not-the-password").get().uri("/api/funds").retrieve().toEntity(JsonNode.class)
                .getStatusCode().value()).isEqualTo(401);
        JsonNode entry = entries("user=fund1&category=LOGIN").get(0);
        assertThat(entry.path("outcome").asText()).isEqualTo("FAILURE");
        assertThat(entry.path("clientAddress").asText()).isEqualTo(LOCAL);

        http.as("fund1").get().uri("/api/funds").retrieve().toEntity(JsonNode.class);
        assertThat(entries("user=fund1&path=/api/funds")).as("reads are not changes").isEmpty();
        http.as("fund1").post().uri("/engine-rest/task/count").contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(JsonNode.class);
        assertThat(entries("user=fund1&path=/engine-rest/task")).as("nor are queries sent as POST").isEmpty();
    }

    @Test
    void changesThroughTheWebappsApiAndLogoutsAreOnRecordWithTheWebappUser() throws IOException {
        WebSession admin = new WebSession(port);
        admin.logIn("admin", "admin");
        String token = admin.webappCsrfToken();
        HttpResponse<String> created = admin.send(HttpRequest.newBuilder(admin.uri("/camunda/api/engine/engine/default/group/create"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"audited-group\",\"name\":\"审计组\",\"type\":\"WORKFLOW\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
        JsonNode entry = entries("user=admin&path=/camunda/api/engine/engine/default/group/create").get(0);
        assertThat(entry.path("category").asText()).isEqualTo("IDENTITY");

        HttpResponse<String> authorized = admin.send(HttpRequest.newBuilder(admin.uri("/camunda/api/engine/engine/default/authorization/create"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":1,\"permissions\":[\"ACCESS\"],\"groupId\":\"audited-group\","
                        + "\"resourceType\":0,\"resourceId\":\"tasklist\"}")));
        assertThat(authorized.statusCode()).as(authorized.body()).isEqualTo(200);
        assertThat(entries("user=admin&category=AUTHORIZATION")).isNotEmpty();

        assertThat(admin.post("/admin/logout", "{}").statusCode()).isEqualTo(204);
        JsonNode logout = entries("user=admin&category=LOGOUT").get(0);
        assertThat(logout.path("path").asText()).isEqualTo("/admin/logout");
    }

    @Test
    void onlyAdministratorsReadTheAudit() {
        assertThat(audit("orgdept", "").getStatusCode().value()).isEqualTo(403);
        assertThat(audit("secretary-wulashan", "").getBody().path("detail").asText()).contains("平台管理员");
        assertThat(http.as("orgdept").get().uri("/api/admin/audit.xlsx").retrieve().toEntity(byte[].class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.anonymous().get().uri("/api/admin/audit").retrieve().toEntity(JsonNode.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theApiDocsDescribeTheAuditWithTypedEntriesOfTheirOwnName() {
        JsonNode docs = http.anonymous().get().uri("/v3/api-docs").retrieve().toEntity(JsonNode.class).getBody();
        assertThat(docs.path("paths").has("/api/admin/audit")).isTrue();
        assertThat(docs.path("paths").has("/api/admin/audit.xlsx")).isTrue();
        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("AuditLogEntry").path("properties").has("clientAddress"))
                .as("its own schema, not another module's AuditEntry").isTrue();
    }

    @Test
    void theAuditIsNewestFirstPagedAndFiltered() {
        createUser("paged-one");
        createUser("paged-two");
        List<JsonNode> both = entries("path=/engine-rest/user/create&size=200");
        assertThat(both.size()).isGreaterThanOrEqualTo(2);
        assertThat(Instant.parse(both.get(0).path("at").asText())).isAfterOrEqualTo(Instant.parse(both.get(1).path("at").asText()));
        JsonNode page = audit("admin", "path=/engine-rest/user/create&size=1&page=1").getBody();
        assertThat(page.path("content").size()).isEqualTo(1);
        assertThat(page.path("totalElements").asLong()).isEqualTo(both.size());
        assertThat(entries("path=/ENGINE-REST/USER/CREATE")).as("path contains, any case").hasSameSizeAs(both);
        assertThat(entries("path=%25")).as("a % is a character, not a wildcard").isEmpty();
        assertThat(entries("from=2000-01-01&to=2000-01-02")).isEmpty();
        assertThat(entries("from=" + Instant.now().minus(Duration.ofHours(1)) + "&path=/engine-rest/user/create")).hasSameSizeAs(both);
        assertThat(entries("to=" + Instant.now().minus(Duration.ofHours(1)) + "&path=/engine-rest/user/create")).isEmpty();
    }

    @Test
    void badFiltersAreRefusedInChinese() {
        for (String query : new String[] {"from=yesterday", "to=2026-13-01", "from=2026-12-02&to=2026-12-01", "size=100000",
                "size=0", "page=-1", "category=NOPE", "page=x", "path=" + "p".repeat(201)}) {
            ResponseEntity<JsonNode> response = audit("admin", query);
            assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(response.getBody().path("detail").asText()).as(query).containsPattern("\\p{IsHan}");
        }
        assertThat(http.as("admin").get().uri("/api/admin/audit.xlsx?from=yesterday").retrieve().toEntity(JsonNode.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theExcelExportOpensAndHasTheRows() throws IOException {
        createUser("exported-clerk");
        ResponseEntity<byte[]> export = http.as("admin").get().uri("/api/admin/audit.xlsx?path=/engine-rest/user/create")
                .retrieve().toEntity(byte[].class);
        assertThat(export.getStatusCode().value()).isEqualTo(200);
        assertThat(export.getHeaders().getContentType().toString()).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("时间");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("用户");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("客户端地址");
            assertThat(sheet.getLastRowNum()).isEqualTo(entries("path=/engine-rest/user/create&size=200").size());
            Row first = sheet.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("admin");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("用户与组");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("/engine-rest/user/create");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo(LOCAL);
        }
    }

    @Test
    void pruningDeletesOnlyWhatIsOlderThanTheRetentionAndTheRetentionIsAtLeast180Days() {
        Instant now = Instant.now();
        insertAt("pruned-old", now.minus(Duration.ofDays(200)));
        insertAt("pruned-kept", now.minus(Duration.ofDays(170)));

        assertThat(new AuditRetention(log, 180).prune(now)).isEqualTo(1);
        assertThat(entries("user=pruned-old")).isEmpty();
        assertThat(entries("user=pruned-kept")).hasSize(1);
        assertThat(new AuditRetention(log, 365).prune(now)).isZero();
        assertThatThrownBy(() -> new AuditRetention(log, 179)).hasMessageContaining("180");
    }

    private void insertAt(String user, Instant at) {
        jdbc.sql("insert into audit_log (at, user_id, category, outcome) values (:at, :user, 'LOGIN', 'SUCCESS')")
                .param("at", Timestamp.from(at)).param("user", user).update();
    }
}
