package cn.excellence.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;

@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class OrganizationApiTests {

    private final Http http;
    private final JdbcClient jdbc;
    @Autowired
    OrganizationService organizations;

    @Autowired
    OrganizationApiTests(@LocalServerPort int port, JdbcClient jdbc) {
        this.http = new Http(port);
        this.jdbc = jdbc;
    }

    @Test
    void seededDatabaseHoldsTheDocumentedOrganizationsAndMembers() {
        Map<String, Long> kinds = jdbc.sql("select kind, count(*) n from organization where code <> 'banner' group by kind")
                .query((rs, n) -> Map.entry(rs.getString("kind"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(kinds).containsOnly(Map.entry("PARTY_COMMITTEE", 22L), Map.entry("GENERAL_BRANCH", 34L),
                Map.entry("BRANCH", 492L));
        assertThat(count("select count(*) from organization where village")).isEqualTo(93);
        assertThat(count("select count(*) from party_member")).isEqualTo(14_210);
        assertThat(count("select count(*) from party_member where occupation = 'FARMER_HERDER'")).isEqualTo(5_446);
        assertThat(count("""
                select count(*) from party_member m join organization o on o.code = m.organization_code
                where m.occupation = 'FARMER_HERDER' and o.sector <> 'VILLAGE'""")).isZero();
    }

    @Test
    void theFeaturesReadMembersThroughTheOrganizationService() {
        long secretary = count("select min(id) from party_member where position = 'VILLAGE_SECRETARY'");
        assertThat(organizations.member(secretary)).hasValueSatisfying(member -> {
            assertThat(member.position()).isEqualTo("VILLAGE_SECRETARY");
            assertThat(member.goodStanding()).isTrue();
            assertThat(member.organizationCode()).isEqualTo(jdbc.sql("select organization_code from party_member where id = ?")
                    .param(secretary).query(String.class).single());
        });
        assertThat(organizations.member(999_999)).isEmpty();
        assertThat(organizations.pre1949VeteranIds()).hasSize(23).isSorted();
        assertThat(organizations.farmerHerderIdsBornOnOrBefore(LocalDate.of(1950, 7, 1))).as("aged 60 or more on 1 July 2010")
                .hasSize(1_257).isSorted();
        assertThat(organizations.countMembersAmong(List.of(1L, 2L, 999_999L))).isEqualTo(2);
        assertThat(organizations.countMembersAmong(List.of())).isZero();
    }

    @Test
    void orgDeptSeesTheWholeTreeRootedAtTheBanner() {
        ResponseEntity<JsonNode> response = get("orgdept", "/api/organizations");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode root = response.getBody();
        assertThat(root.path("code").asText()).isEqualTo("banner");
        List<String> descendants = descendantCodes(root);
        assertThat(descendants).hasSize(548).doesNotHaveDuplicates().contains("xinan", "wulashan-sanhu", "linhai-chem");
    }

    @Test
    void townshipSecretarySeesOnlyTheirTownshipsTree() {
        ResponseEntity<JsonNode> response = get("secretary-wulashan", "/api/organizations");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode root = response.getBody();
        assertThat(root.path("code").asText()).isEqualTo("wulashan");
        List<String> descendants = descendantCodes(root);
        assertThat(descendants).hasSize((int) count("select count(*) from organization where path like '/banner/wulashan/%'") - 1)
                .contains("wulashan-sanhu")
                .allSatisfy(code -> assertThat(code).startsWith("wulashan-"))
                .doesNotContain("banner", "xinan", "wulashan-fert");
        assertProblem(get("secretary-wulashan", "/api/organizations/wulashan-fert"), 404);
    }

    @Test
    void childrenOfAnOrganizationAreListedInTheirOrder() {
        List<String> expected = jdbc.sql("select code from organization where parent_code = 'wulashan' order by sort_order")
                .query(String.class).list();

        for (String user : List.of("orgdept", "secretary-wulashan")) {
            ResponseEntity<JsonNode> response = get(user, "/api/organizations?parent=wulashan");
            assertThat(response.getStatusCode().value()).as(user).isEqualTo(200);
            assertThat(codes(response.getBody())).as(user).hasSize(17).isEqualTo(expected);
        }
    }

    @Test
    void townshipSecretaryLearnsNothingAboutAnotherTownship() {
        for (String path : List.of("/api/organizations?parent=xinan", "/api/organizations/xinan",
                "/api/organizations/xinan/members")) {
            ResponseEntity<JsonNode> response = get("secretary-wulashan", path);
            assertProblem(response, 404);
            assertThat(response.getBody().toString()).as(path).doesNotContain("新安镇党委");
        }
        String hidden = get("secretary-wulashan", "/api/organizations/xinan").getBody().path("detail").asText();
        String missing = get("secretary-wulashan", "/api/organizations/no-such-org").getBody().path("detail").asText();
        assertThat(hidden.replace("xinan", "?")).isEqualTo(missing.replace("no-such-org", "?"));
    }

    @Test
    void villageSecretarySeesTheirVillageButNotTheTownship() {
        ResponseEntity<JsonNode> tree = get("secretary-sanhu", "/api/organizations");
        assertThat(tree.getStatusCode().value()).isEqualTo(200);
        assertThat(tree.getBody().path("code").asText()).isEqualTo("wulashan-sanhu");
        assertThat(descendantCodes(tree.getBody())).isEmpty();

        ResponseEntity<JsonNode> village = get("secretary-sanhu", "/api/organizations/wulashan-sanhu");
        assertThat(village.getStatusCode().value()).isEqualTo(200);
        assertThat(village.getBody().path("organization").path("code").asText()).isEqualTo("wulashan-sanhu");
        assertThat(village.getBody().path("members").asLong()).isEqualTo(membersOf("wulashan-sanhu"));

        assertProblem(get("secretary-sanhu", "/api/organizations/wulashan"), 404);
        assertProblem(get("secretary-sanhu", "/api/organizations?parent=wulashan"), 404);
        assertProblem(get("secretary-sanhu", "/api/organizations/wulashan/members"), 404);
    }

    @Test
    void membersAreListedPageByPage() {
        long total = membersOf("wulashan-sanhu");
        assertThat(total).isGreaterThan(20);

        JsonNode first = get("orgdept", "/api/organizations/wulashan-sanhu/members?page=0&size=10").getBody();
        JsonNode second = get("orgdept", "/api/organizations/wulashan-sanhu/members?page=1&size=10").getBody();
        int lastPage = (int) ((total - 1) / 10);
        JsonNode last = get("orgdept", "/api/organizations/wulashan-sanhu/members?page=" + lastPage + "&size=10").getBody();

        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(10);
        assertThat(first.path("totalElements").asLong()).isEqualTo(total);
        assertThat(first.path("content")).hasSize(10)
                .allSatisfy(m -> assertThat(m.path("organizationCode").asText()).isEqualTo("wulashan-sanhu"));
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("content")).hasSize(10);
        assertThat(ids(second).get(0)).isGreaterThan(ids(first).get(9));
        assertThat(last.path("content")).hasSize((int) (total - lastPage * 10L));
    }

    @Test
    void membersPageMayHoldUpTo200() {
        ResponseEntity<JsonNode> response = get("orgdept", "/api/organizations/wulashan-sanhu/members?size=200");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().path("size").asInt()).isEqualTo(200);
        assertThat(response.getBody().path("content")).hasSize((int) membersOf("wulashan-sanhu"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=201", "size=abc", "page=1.5"})
    void badPagingIsRefusedWithAChineseExplanation(String query) {
        assertProblem(get("orgdept", "/api/organizations/wulashan-sanhu/members?" + query), 400);
    }

    @Test
    void unknownOrganizationIsNotFound() {
        assertProblem(get("orgdept", "/api/organizations/no-such-org"), 404);
        assertProblem(get("orgdept", "/api/organizations/no-such-org/members"), 404);
        assertProblem(get("orgdept", "/api/organizations?parent=no-such-org"), 404);
    }

    @Test
    void requestWithoutCredentialsIsAskedToAuthenticate() {
        ResponseEntity<JsonNode> response = http.anonymous().get().uri("/api/organizations").retrieve().toEntity(JsonNode.class);

        assertProblem(response, 401);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void requestWithWrongPasswordIsRefused() {
        ResponseEntity<JsonNode> response = http.as("standing1", "not-the-password").get().uri("/api/organizations")
                .retrieve().toEntity(JsonNode.class);

        assertProblem(response, 401);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void healthAndApiDocsArePublic() {
        ResponseEntity<JsonNode> health = http.anonymous().get().uri("/actuator/health").retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> docs = http.anonymous().get().uri("/v3/api-docs").retrieve().toEntity(JsonNode.class);

        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody().path("paths").has("/api/organizations")).isTrue();
    }

    @Test
    void oversizedRequestBodyIsRefusedBeforeItIsRead() {
        long roundsBefore = count("select count(*) from duty_review_round");

        ResponseEntity<JsonNode> response = http.as("orgdept").post().uri("/api/duty-review-rounds")
                .contentType(MediaType.APPLICATION_JSON).body(hugeRoundRequest()).retrieve().toEntity(JsonNode.class);

        assertProblem(response, 413);
        assertThat(count("select count(*) from duty_review_round")).isEqualTo(roundsBefore);
    }

    @Test
    void oversizedChunkedRequestBodyIsRefused() {
        byte[] huge = hugeRoundRequest().getBytes(StandardCharsets.UTF_8);

        ResponseEntity<JsonNode> response = http.as("orgdept").post().uri("/api/duty-review-rounds")
                .contentType(MediaType.APPLICATION_JSON).body(out -> out.write(huge)).retrieve().toEntity(JsonNode.class);

        assertProblem(response, 413);
    }

    @Test
    void oversizedRequestBodyIsRefusedWhateverThePathEncoding() {
        ResponseEntity<JsonNode> response = http.as("orgdept").post()
                .uri(URI.create(http.baseUrl() + "/%61pi/duty-review-rounds"))
                .contentType(MediaType.APPLICATION_JSON).body(hugeRoundRequest()).retrieve().toEntity(JsonNode.class);

        assertProblem(response, 413);
    }

    private static String hugeRoundRequest() {
        return "{\"year\":2026,\"title\":\"" + "x".repeat(2_000_000) + "\"}";
    }

    private ResponseEntity<JsonNode> get(String user, String uri) {
        return http.as(user).get().uri(uri).retrieve().toEntity(JsonNode.class);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        assertThat(response.getBody().path("detail").asText()).containsPattern("\\p{IsHan}");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long membersOf(String organizationCode) {
        return jdbc.sql("select count(*) from party_member where organization_code = ?").param(organizationCode)
                .query(Long.class).single();
    }

    private static List<String> descendantCodes(JsonNode node) {
        List<String> codes = new ArrayList<>();
        for (JsonNode child : node.path("children")) {
            codes.add(child.path("code").asText());
            codes.addAll(descendantCodes(child));
        }
        return codes;
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(o -> codes.add(o.path("code").asText()));
        return codes;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("content").forEach(m -> ids.add(m.path("id").asLong()));
        return ids;
    }
}
