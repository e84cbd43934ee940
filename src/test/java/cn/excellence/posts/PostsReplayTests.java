package cn.excellence.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.shared.stars.ServiceRecords;
import cn.excellence.support.Http;

/**
 * The source replayed: in the communities, 109 members without office claim 122 posts (13 of them hold two), recorded by the
 * community Party committee's secretary through the API; the report answers 109 and 122 from the records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PostsReplayTests {

    static final int SOURCE_YEAR = 2010;
    static final int MEMBERS = 109;
    static final int HOLDING_TWO = 13;
    static final String SECRETARY = "secretary-community";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceRecords serviceRecords;

    @Test
    void communityMembersClaimPostsAndTheReportCountsThemFromTheRecords() throws Exception {
        Http http = new Http(port);
        List<Long> chosen = http.getList(SECRETARY, "/api/posts/organizations/community/members").getBody().stream()
                .map(m -> ((Number) m.get("id")).longValue()).limit(MEMBERS).toList();
        assertThat(chosen).hasSize(MEMBERS);
        Set<Long> twice = Set.copyOf(chosen.subList(0, HOLDING_TWO));
        Map<String, List<Long>> byBranch = organizationsOf(chosen);
        int postsDefined = 0;
        for (Map.Entry<String, List<Long>> branch : byBranch.entrySet()) {
            long service = define(http, branch.getKey(), "社区服务岗", branch.getValue().size());
            postsDefined++;
            List<Long> second = branch.getValue().stream().filter(twice::contains).toList();
            long persuasion = second.isEmpty() ? 0 : define(http, branch.getKey(), "文明劝导岗", second.size());
            postsDefined += second.isEmpty() ? 0 : 1;
            for (long member : branch.getValue()) {
                claim(http, service, member);
            }
            for (long member : second) {
                claim(http, persuasion, member);
            }
        }

        Map<String, Object> report = http.get("orgdept", "/api/posts/report?year=" + SOURCE_YEAR).getBody();
        Map<?, ?> total = (Map<?, ?>) report.get("total");
        assertThat(total.get("members")).isEqualTo(109);
        assertThat(total.get("claims")).isEqualTo(122);
        assertThat(total.get("posts")).isEqualTo(postsDefined);
        assertThat(total.get("capacity")).isEqualTo(122);
        List<Map<?, ?>> townships = (List<Map<?, ?>>) report.get("townships");
        assertThat(townships).singleElement().satisfies(t -> {
            assertThat(t.get("code")).isEqualTo("community");
            assertThat(t.get("claims")).isEqualTo(122);
            assertThat(t.get("members")).isEqualTo(109);
        });
        List<Map<?, ?>> organizations = (List<Map<?, ?>>) report.get("organizations");
        assertThat(organizations).hasSize(byBranch.size());
        assertThat(organizations.stream().mapToInt(o -> (Integer) o.get("claims")).sum()).isEqualTo(122);
        Map<?, ?> community = (Map<?, ?>) http.get(SECRETARY, "/api/posts/report?year=" + SOURCE_YEAR + "&township=community")
                .getBody().get("total");
        assertThat(community.get("code")).isEqualTo("community");
        assertThat(List.of(community.get("posts"), community.get("claims"), community.get("members")))
                .isEqualTo(List.of(postsDefined, 122, 109));

        ResponseEntity<byte[]> excel = http.as("orgdept").get().uri("/api/posts/report.xlsx?year=" + SOURCE_YEAR).retrieve().toEntity(byte[].class);
        assertThat(excel.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getBody()))) {
            Row sum = workbook.getSheetAt(0).getRow(1);
            assertThat(sum.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sum.getCell(5).getNumericCellValue()).isEqualTo(122);
            assertThat(sum.getCell(6).getNumericCellValue()).isEqualTo(109);
        }

        Map<Long, ServiceRecords.ServiceRecord> records = serviceRecords.of(chosen, SOURCE_YEAR);
        assertThat(records).hasSize(MEMBERS);
        assertThat(records.values().stream().filter(r -> r.postsHeld() == 2).map(ServiceRecords.ServiceRecord::memberId))
                .containsExactlyInAnyOrderElementsOf(twice);
        assertThat(records.values().stream().mapToInt(ServiceRecords.ServiceRecord::postsHeld).sum()).isEqualTo(122);
    }

    private Map<String, List<Long>> organizationsOf(List<Long> members) {
        Map<Long, String> organization = jdbc.sql("select id, organization_code from party_member where id in (:ids)").param("ids", members)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("organization_code"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, List<Long>> byBranch = new LinkedHashMap<>();
        members.forEach(m -> byBranch.computeIfAbsent(organization.get(m), o -> new ArrayList<>()).add(m));
        return byBranch;
    }

    private static long define(Http http, String organization, String name, int capacity) {
        ResponseEntity<Map<String, Object>> created = http.post(SECRETARY, "/api/posts/organizations/" + organization + "/posts",
                Map.of("year", SOURCE_YEAR, "name", name, "duties", "联系服务居民，参与社区治理。", "capacity", capacity));
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private static void claim(Http http, long post, long member) {
        ResponseEntity<Map<String, Object>> claimed = http.post(SECRETARY, "/api/posts/" + post + "/claims", Map.of("memberId", member));
        assertThat(claimed.getStatusCode()).as("%s", claimed.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
