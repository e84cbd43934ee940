package cn.excellence.orgchange;

import static cn.excellence.orgchange.OrgChangeProcess.*;
import static cn.excellence.orgchange.OrgChangeTestSupport.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessCoverage;

/**
 * The 两委换届 replayed: the township secretaries register reserve cadres (后备干部) in their villages and record the results;
 * 35 reserve cadres are elected secretary or head (three of them both, counted once), and the report computes 35 from the
 * records. Also the start form 登记换届结果, the roster's positions, isolation and refused input.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
class ReserveCadreReplayTests {

    static final int YEAR = 2011;
    static final int FORM_YEAR = 2014;
    static final int REFUSED_YEAR = 2017;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    /** A village organization of the seed: its code, township and (in id order) the members in its subtree. */
    record Village(String code, String township, List<Long> members) {
    }

    /** The acceptance point: 35 reserve cadres elected secretary or head in the 两委换届. */
    @Test
    void thirtyFiveReserveCadresAreElectedInTheVillageElections() {
        List<Village> villages = roundRobin(villages());
        assertThat(villages).hasSize(93);
        int elected = 0;
        int offices = 0;
        for (int v = 0; v < villages.size(); v++) {
            Village village = villages.get(v);
            String secretary = "secretary-" + village.township();
            long first = village.members().get(1);
            long second = village.members().get(2);
            if (v < 40) {
                registered(secretary, first, v % 2 == 0 ? "DOUBLE_STRONG" : "DOUBLE_LEAD");
            }
            if (v < 35) {
                recorded(secretary, village.code(), "VILLAGE_SECRETARY", first, 300 + v);
                elected++;
                offices++;
                if (v < 3) {
                    recorded(secretary, village.code(), "VILLAGE_HEAD", first, 280);
                    offices++;
                }
            } else if (v < 60) {
                recorded(secretary, village.code(), "VILLAGE_SECRETARY", second, 250);
                offices++;
            }
        }
        assertThat(elected).isEqualTo(35);

        ResponseEntity<Map<String, Object>> report = http.get("orgdept", "/api/orgchange/elections/" + YEAR + "/report");
        assertThat(report.getStatusCode().value()).as(String.valueOf(report.getBody())).isEqualTo(200);
        assertThat(report.getBody()).containsEntry("reserveCadresElected", 35).containsEntry("offices", offices).containsEntry("electedPeople", 60);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> townships = (List<Map<String, Object>>) report.getBody().get("townships");
        assertThat(townships).hasSize(9);
        assertThat(townships.stream().mapToInt(t -> (Integer) t.get("reserveCadresElected")).sum()).isEqualTo(35);
        assertThat(townships.stream().mapToInt(t -> (Integer) t.get("electedPeople")).sum()).isEqualTo(60);
        List<String> replayed = villages.subList(0, 40).stream().map(Village::code).toList();
        assertThat(http.getList("orgdept", "/api/orgchange/reserve-cadres").getBody()).filteredOn(r -> replayed.contains(r.get("organizationCode")))
                .hasSize(40);

        String township = villages.get(0).township();
        Map<String, Object> own = http.get("secretary-" + township, "/api/orgchange/elections/" + YEAR + "/report").getBody();
        assertThat(own.get("townships").toString()).contains("townshipCode=" + township).doesNotContain("townshipCode=" + villages.get(1).township());
        assertThat(http.get("orgdept", "/api/orgchange/elections/" + (YEAR + 1) + "/report").getBody()).containsEntry("reserveCadresElected", 0);

        ResponseEntity<byte[]> xlsx = http.as("orgdept").get().uri("/api/orgchange/elections/" + YEAR + "/report.xlsx").retrieve().toEntity(byte[].class);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
        assertThat(xlsx.getBody()).hasSizeGreaterThan(1000);
    }

    @Test
    void theStartFormRecordsAResultAndTheRosterFollows() {
        Village village = villages().get(91);
        String secretary = "secretary-" + village.township();
        long newHead = village.members().get(3);
        long oldHead = jdbc.sql("select id from party_member where position = 'VILLAGE_HEAD' and id in (" + join(village.members()) + ")")
                .query(Long.class).single();
        Map<String, Object> values = form(VAR_YEAR, FORM_YEAR, VAR_VILLAGE_CODE, village.code(), VAR_OFFICE, "VILLAGE_HEAD", VAR_MEMBER_ID,
                String.valueOf(newHead), VAR_VOTES, 321);
        Http.assertRefused(http.submitStartForm("secretary-sanhu", VILLAGE_ELECTION_PROCESS, values), 403, "");
        ResponseEntity<JsonNode> started = http.submitStartForm(secretary, VILLAGE_ELECTION_PROCESS, values);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        Http.assertRefused(http.submitStartForm(secretary, VILLAGE_ELECTION_PROCESS, values), 409, "已经登记");

        assertThat(position(newHead)).isEqualTo("VILLAGE_HEAD");
        assertThat(position(oldHead)).as("the former head has left the office").isNull();
        assertThat(http.getList(secretary, "/api/orgchange/elections/" + FORM_YEAR).getBody()).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("officeLabel", "村委会主任").containsEntry("votes", 321).containsEntry("reserveCadre", false));
        assertThat(http.get(secretary, "/api/workbench/cases?kind=ORG_CHANGE").getBody().toString()).contains("当选村委会主任");

        Map<String, Object> badVotes = form(VAR_YEAR, FORM_YEAR, VAR_VILLAGE_CODE, village.code(), VAR_OFFICE, "VILLAGE_SECRETARY", VAR_MEMBER_ID,
                String.valueOf(newHead), VAR_VOTES, 0);
        Http.assertRefused(http.submitStartForm(secretary, VILLAGE_ELECTION_PROCESS, badVotes), 400, "得票数");
        Map<String, Object> badOffice = form(VAR_YEAR, FORM_YEAR, VAR_VILLAGE_CODE, village.code(), VAR_OFFICE, "MAYOR", VAR_MEMBER_ID,
                String.valueOf(newHead), VAR_VOTES, 10);
        Http.assertRefused(http.submitStartForm(secretary, VILLAGE_ELECTION_PROCESS, badOffice), 400, "当选职务");
        assertThat(http.getList("orgdept", "/api/orgchange/elections/" + FORM_YEAR).getBody()).hasSize(1);
    }

    @Test
    void refusedInputAndOtherTownshipsGiveChinese4xxAndSaveNothing() {
        Village village = villages().get(92);
        Village elsewhere = villages().stream().filter(v -> !v.township().equals(village.township())).findFirst().orElseThrow();
        String secretary = "secretary-" + village.township();
        String member = String.valueOf(village.members().get(1));
        String path = "/api/orgchange/reserve-cadres";
        int reserves = http.getList("orgdept", path).getBody().size();

        refused(http.post(secretary, path, Map.of("type", "DOUBLE_STRONG", "since", "2025-01-01")), 400, "党员编号");
        refused(http.post(secretary, path, Map.of("memberId", "abc", "type", "DOUBLE_STRONG", "since", "2025-01-01")), 400, "应为整数");
        refused(http.post(secretary, path, Map.of("memberId", member, "type", "STRONG", "since", "2025-01-01")), 400, "后备干部类型");
        refused(http.post(secretary, path, Map.of("memberId", member, "type", "DOUBLE_STRONG", "since", "2099-01-01")), 400, "不能晚于今天");
        refused(http.post(secretary, path, Map.of("memberId", member, "type", "DOUBLE_STRONG", "since", "去年")), 400, "列入后备日期");
        refused(http.post(secretary, path, Map.of("memberId", String.valueOf(elsewhere.members().get(0)), "type", "DOUBLE_STRONG", "since",
                "2025-01-01")), 404, "无权查看");
        long organ = jdbc.sql("select min(id) from party_member where organization_code = ?").param(village.township() + "-b01").query(Long.class).single();
        refused(http.post(secretary, path, Map.of("memberId", String.valueOf(organ), "type", "DOUBLE_STRONG", "since", "2025-01-01")), 400, "不在嘎查村");
        refused(http.post("secretary-sanhu", path, Map.of("memberId", member, "type", "DOUBLE_STRONG", "since", "2025-01-01")), 403, "苏木镇党委书记");
        refused(http.exchange(secretary, HttpMethod.POST, path, "{\"memberId\": ", MediaType.APPLICATION_JSON), 400, "");
        assertThat(http.getList("orgdept", path).getBody()).as("nothing saved").hasSize(reserves);
        registered(secretary, Long.parseLong(member), "DOUBLE_STRONG");
        refused(http.post(secretary, path, Map.of("memberId", member, "type", "DOUBLE_LEAD", "since", "2025-01-01")), 409, "已在后备干部名册");

        String elections = "/api/orgchange/elections";
        refused(http.post(secretary, elections, election("19", village.code(), "VILLAGE_SECRETARY", member, "30")), 400, "换届年度");
        refused(http.post(secretary, elections, election(REFUSED_YEAR, village.township(), "VILLAGE_SECRETARY", member, "30")), 400, "不是嘎查村党组织");
        refused(http.post(secretary, elections, election(REFUSED_YEAR, elsewhere.code(), "VILLAGE_SECRETARY", member, "30")), 404, "无权查看");
        refused(http.post(secretary, elections, election(REFUSED_YEAR, village.code(), "CHAIRMAN", member, "30")), 400, "当选职务");
        refused(http.post(secretary, elections, election(REFUSED_YEAR, village.code(), "VILLAGE_SECRETARY", String.valueOf(organ), "30")), 400, "不是“");
        refused(http.post(secretary, elections, election(REFUSED_YEAR, village.code(), "VILLAGE_SECRETARY", member, "0")), 400, "得票数");
        refused(http.post(secretary, elections, election(REFUSED_YEAR, village.code(), "VILLAGE_SECRETARY", member, "三十")), 400, "得票数");
        refused(http.post(secretary, elections, election(REFUSED_YEAR, null, "VILLAGE_SECRETARY", member, "30")), 400, "嘎查村党组织代码");
        assertThat(http.getList("orgdept", elections + "/" + REFUSED_YEAR).getBody()).isEmpty();
        refused(http.get("orgdept", elections + "/abc/report"), 400, "年度");
        refused(http.get("orgdept", elections + "/1999/report"), 400, "年度");
    }

    private static Map<String, Object> election(Object year, String village, String office, String member, String votes) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("year", year == null ? null : String.valueOf(year));
        body.put("villageCode", village);
        body.put("office", office);
        body.put("memberId", member);
        body.put("votes", votes);
        return body;
    }

    private void registered(String user, long member, String type) {
        ResponseEntity<Map<String, Object>> registered = http.post(user, "/api/orgchange/reserve-cadres",
                Map.of("memberId", String.valueOf(member), "type", type, "since", "2010-03-01"));
        assertThat(registered.getStatusCode().value()).as(String.valueOf(registered.getBody())).isEqualTo(200);
    }

    private void recorded(String user, String village, String office, long member, int votes) {
        ResponseEntity<Map<String, Object>> recorded = http.post(user, "/api/orgchange/elections",
                election(YEAR, village, office, String.valueOf(member), String.valueOf(votes)));
        assertThat(recorded.getStatusCode().value()).as(String.valueOf(recorded.getBody())).isEqualTo(200);
    }

    private static void refused(ResponseEntity<Map<String, Object>> response, int status, String message) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(String.valueOf(response.getBody().get("detail"))).contains(message);
    }

    private String position(long member) {
        return jdbc.sql("select position from party_member where id = ?").param(member).query(String.class).list().get(0);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** The villages taken in turns from each township, so that the replayed elections spread over all nine. */
    private static List<Village> roundRobin(List<Village> villages) {
        java.util.Map<String, java.util.Deque<Village>> byTownship = new java.util.TreeMap<>();
        villages.forEach(v -> byTownship.computeIfAbsent(v.township(), t -> new java.util.ArrayDeque<>()).add(v));
        List<Village> turns = new ArrayList<>();
        while (turns.size() < villages.size()) {
            byTownship.values().stream().filter(q -> !q.isEmpty()).forEach(q -> turns.add(q.poll()));
        }
        return turns;
    }

    /** The seeded village organizations (嘎查村) with their members, read from the seed (fixtures only). */
    private List<Village> villages() {
        List<Village> villages = new ArrayList<>();
        jdbc.sql("select code, township_code, path from organization where village = true order by township_code, code")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list()
                .forEach(v -> villages.add(new Village(v[0], v[1], jdbc.sql("""
                        select m.id from party_member m join organization o on o.code = m.organization_code where o.path like ? order by m.id""")
                        .param(v[2] + "%").query(Long.class).list())));
        return villages;
    }
}
