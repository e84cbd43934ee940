package cn.excellence.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.support.Http;

/**
 * The source replayed for 2010: org-dept gives the standing committee and five township secretaries their contact points;
 * on 6/29 the standing committee goes in 5 groups (the first, standing1's, to 乌拉山镇三湖村 to take part in its organizational
 * life) and org-dept sends each of the 23 pre-1949 veterans 1,000 yuan through the hardship relief fund; across the year the
 * township secretaries visit the 350 members in hardship. The report answers 373 members, 5 groups and 23,000.00 yuan from
 * the records, and the fund's ledger shows the 23 payments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class VisitReplayTests {

    static final int YEAR = 2010;
    static final LocalDate JUNE_29 = LocalDate.of(YEAR, 6, 29);
    static final List<String> GROUP_TOWNSHIPS = List.of("wulashan", "baiyanhua", "xinan", "xixiaozhao", "xiaoshetai");
    static final List<String> GROUPS = List.of("第一组", "第二组", "第三组", "第四组", "第五组");

    @LocalServerPort
    int port;
    @Autowired
    OrganizationService organizations;

    @Test
    void theYearsVisitsAreCountedFromTheRecords() throws Exception {
        Http http = new Http(port);
        long ledgerBefore = ledgerSize(http);
        Map<String, String> villages = groupVillages();
        assertThat(villages.get("wulashan")).isEqualTo("wulashan-sanhu");

        List<Long> points = new ArrayList<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            String township = GROUP_TOWNSHIPS.get(i);
            long leaderPoint = assign(http, "standing1", villages.get(township));
            long townshipPoint = assign(http, "secretary-" + township, villages.get(township));
            points.add(leaderPoint);
            groups.add(Map.of("name", GROUPS.get(i), "contactPointIds", List.of(leaderPoint, townshipPoint)));
        }
        ResponseEntity<Map<String, Object>> planned = http.post("orgdept", "/api/visits/activities",
                Map.of("title", "七一前夕常委分组参加组织生活、走访慰问", "date", JUNE_29.toString(), "groups", groups));
        assertThat(planned.getStatusCode()).as("%s", planned.getBody()).isEqualTo(HttpStatus.CREATED);
        long activity = ((Number) planned.getBody().get("id")).longValue();

        for (int i = 0; i < GROUPS.size(); i++) {
            String township = GROUP_TOWNSHIPS.get(i);
            record(http, "standing1", visit(JUNE_29, activity, GROUPS.get(i), villages.get(township),
                    List.of("standing1", "secretary-" + township), List.of("ORGANIZATIONAL_LIFE"), List.of()));
        }
        List<Long> veterans = organizations.pre1949VeteranIds();
        assertThat(veterans).hasSize(23);
        Map<String, List<Long>> veteransByTownship = byTownship(veterans);
        int g = 0;
        for (Map.Entry<String, List<Long>> township : veteransByTownship.entrySet()) {
            List<Map<String, Object>> paid = township.getValue().stream()
                    .map(id -> Map.<String, Object>of("memberId", id, "reliefYuan", "1000.00")).toList();
            record(http, "orgdept", visit(JUNE_29, activity, GROUPS.get(g++ % GROUPS.size()), township.getKey(), List.of("standing1"),
                    List.of("CONDOLENCE"), paid));
        }

        List<Long> needy = organizations.hardshipMemberIds();
        assertThat(needy).hasSize(350);
        for (Map.Entry<String, List<Long>> township : byTownship(needy).entrySet()) {
            List<Long> members = township.getValue();
            for (int month = 1; month <= 12; month++) {
                int m = month;
                List<Map<String, Object>> visited = members.stream().filter(id -> members.indexOf(id) % 12 == m - 1)
                        .map(id -> Map.<String, Object>of("memberId", id)).toList();
                if (!visited.isEmpty()) {
                    record(http, "secretary-" + township.getKey(), visit(LocalDate.of(YEAR, month, 15), null, null, township.getKey(),
                            List.of(), List.of("CONDOLENCE", "HELP"), visited));
                }
            }
        }

        Map<String, Object> report = http.get("orgdept", "/api/visits/report?year=" + YEAR).getBody();
        assertThat(report.get("membersVisited")).isEqualTo(373);
        assertThat(report.get("groups")).isEqualTo(5);
        assertThat(report.get("payments")).isEqualTo(23);
        assertThat(report.get("paymentsYuan")).isEqualTo(23000.00);
        List<Map<String, Object>> byGroup = (List<Map<String, Object>>) report.get("byGroup");
        assertThat(byGroup.stream().map(l -> l.get("code"))).containsAll(GROUPS);
        assertThat(byGroup.stream().filter(l -> "第一组".equals(l.get("code"))).findFirst().orElseThrow().get("visits"))
                .isEqualTo(1 + (veteransByTownship.size() + 4) / 5);
        List<Map<String, Object>> byTownship = (List<Map<String, Object>>) report.get("byTownship");
        assertThat(byTownship.stream().mapToInt(l -> (Integer) l.get("visits")).sum()).isEqualTo(report.get("visits"));
        assertThat(byTownship.stream().mapToInt(l -> (Integer) l.get("members")).sum()).isEqualTo(373);

        Map<String, Object> wulashan = http.get("secretary-wulashan", "/api/visits/report?year=" + YEAR).getBody();
        assertThat(wulashan.get("membersVisited")).isEqualTo(byTownship.stream().filter(l -> "wulashan".equals(l.get("code")))
                .findFirst().orElseThrow().get("members"));

        Map<String, Object> day = http.get("standing1", "/api/visits/activities/" + activity).getBody();
        List<Map<String, Object>> plan = (List<Map<String, Object>>) day.get("groups");
        assertThat(plan).hasSize(5).allSatisfy(group -> assertThat((List<?>) group.get("visitIds")).isNotEmpty());
        assertThat((List<Map<String, Object>>) plan.get(0).get("contactPoints"))
                .anySatisfy(p -> assertThat(p.get("organizationName")).isEqualTo("乌拉山镇三湖村党支部"));

        List<Map<String, Object>> ledger = new ArrayList<>();
        for (int page = 0; page * 100L < ledgerSize(http); page++) {
            ledger.addAll((List<Map<String, Object>>) http.get("fund1", "/api/funds/HARDSHIP_RELIEF/ledger?size=100&page=" + page)
                    .getBody().get("content"));
        }
        List<Map<String, Object>> visitPayments = ledger.stream()
                .filter(e -> String.valueOf(e.get("reference")).startsWith("visit-")).toList();
        assertThat(visitPayments).hasSize(23).allSatisfy(e -> assertThat(((Number) e.get("amountFen")).longValue()).isEqualTo(100_000L));
        assertThat(ledgerSize(http)).isEqualTo(ledgerBefore + 23);

        byte[] excel = http.as("orgdept").get().uri("/api/visits/report.xlsx?year=" + YEAR).retrieve().body(byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(373);
            int last = workbook.getSheetAt(0).getLastRowNum();
            assertThat(workbook.getSheetAt(0).getRow(last).getCell(3).getNumericCellValue()).isEqualTo(23000.00);
        }
        assertThat(http.getList("standing1", "/api/visits/contact-points").getBody()).hasSize(5);
        assertThat(points).hasSize(5);
    }

    /** One village of each group's township, 三湖村 for 乌拉山镇. */
    private Map<String, String> groupVillages() {
        Map<String, String> villages = new LinkedHashMap<>();
        for (String township : GROUP_TOWNSHIPS) {
            List<Organization> below = organizations.subtree(organizations.get(township)).stream().filter(Organization::village).toList();
            villages.put(township, below.stream().map(Organization::code).filter("wulashan-sanhu"::equals).findFirst()
                    .orElse(below.get(0).code()));
        }
        return villages;
    }

    private Map<String, List<Long>> byTownship(List<Long> members) {
        Map<String, List<Long>> byTownship = new TreeMap<>();
        Map<String, String> township = new HashMap<>();
        for (long id : members) {
            String organization = organizations.member(id).orElseThrow().organizationCode();
            String code = township.computeIfAbsent(organization, o -> organizations.get(o).townshipCode());
            assertThat(code).as("township of member %s", id).isNotNull();
            byTownship.computeIfAbsent(code, c -> new ArrayList<>()).add(id);
        }
        return byTownship;
    }

    private static long assign(Http http, String leader, String organization) {
        ResponseEntity<Map<String, Object>> created = http.post("orgdept", "/api/visits/contact-points",
                Map.of("leaderId", leader, "organizationCode", organization, "since", YEAR + "-01-01", "frequency", "QUARTERLY"));
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    static Map<String, Object> visit(LocalDate date, Long activity, String group, String organization, List<String> leaders,
            List<String> activities, List<Map<String, Object>> members) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("activityId", activity);
        body.put("group", group);
        body.put("organizationCode", organization);
        body.put("leaderIds", leaders);
        body.put("activities", activities);
        body.put("helpGiven", "了解生产生活困难，送去慰问品。");
        body.put("members", members);
        return body;
    }

    static long record(Http http, String user, Map<String, Object> visit) {
        ResponseEntity<Map<String, Object>> created = http.post(user, "/api/visits", visit);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private static long ledgerSize(Http http) {
        return ((Number) http.get("fund1", "/api/funds/HARDSHIP_RELIEF/ledger?size=1").getBody().get("totalElements")).longValue();
    }
}
