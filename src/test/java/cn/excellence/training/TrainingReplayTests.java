package cn.excellence.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.organization.RosterFiles;
import cn.excellence.support.Http;

/**
 * The source replayed: 千名党员产业带头人示范工程, more than 14,500 person-times of training in 2010. Each township's secretary
 * proposes six courses, org-dept approves them in Tasklist, the secretary imports each course's attendance from Excel; org-dept
 * runs a course for college-graduate village officials and records its attendees one by one, non-members among them. The
 * report answers the sum of the records, by category and by township.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class TrainingReplayTests {

    static final int YEAR = 2010;
    static final String[] TOWNSHIPS = {"wulashan", "baiyanhua", "xinan", "xixiaozhao", "xiaoshetai", "xianfeng", "mingan", "dashetai",
        "eerdengbulage"};
    static final int MEMBERS_PER_TOWNSHIP = 270;
    static final int COURSES_PER_TOWNSHIP = 6;
    static final TrainingCategory[] TOWNSHIP_CATEGORIES = {TrainingCategory.INDUSTRY_LEADER, TrainingCategory.FARMER_HERDER,
        TrainingCategory.NEW_MEMBER, TrainingCategory.INDUSTRY_LEADER, TrainingCategory.FARMER_HERDER, TrainingCategory.OTHER};

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    final Map<String, Integer> expectedByCategory = new TreeMap<>();
    final Map<String, Integer> expectedByTownship = new TreeMap<>();
    BigDecimal expectedHours = BigDecimal.ZERO.setScale(1);
    int expected;

    @Test
    void fourteenThousandFiveHundredPersonTimesAreCountedFromTheRecords() throws Exception {
        long started = cpuNanos();
        Http http = new Http(port);
        Map<String, List<List<String>>> members = roster();
        List<List<String>> all = new ArrayList<>();
        members.values().forEach(all::addAll);
        TrainingFiles.importRoster(http, all);

        byte[] lastFile = null;
        long lastCourse = 0;
        for (String township : TOWNSHIPS) {
            for (int c = 0; c < COURSES_PER_TOWNSHIP; c++) {
                TrainingCategory category = TOWNSHIP_CATEGORIES[c];
                BigDecimal hours = BigDecimal.valueOf(8 + (c % 3) * 4L).setScale(1);
                long course = proposeAndApprove(http, township, c, category, hours);
                List<List<String>> rows = new ArrayList<>();
                for (int m = 0; m < members.get(township).size(); m++) {
                    List<String> attendee = TrainingFiles.attendee(members.get(township).get(m));
                    BigDecimal attended = m % 10 == 0 ? hours.divide(BigDecimal.valueOf(2)).setScale(1) : hours;
                    if (m % 10 == 0) {
                        attendee.set(2, attended.toPlainString());
                    }
                    rows.add(attendee);
                    count(category, township, attended);
                }
                lastFile = TrainingFiles.sheet(rows);
                lastCourse = course;
                ResponseEntity<Map<String, Object>> imported = TrainingFiles.upload(http, "secretary-" + township, course, true, lastFile);
                assertThat(imported.getStatusCode().value()).as(String.valueOf(imported.getBody())).isEqualTo(200);
                assertThat(imported.getBody()).containsEntry("added", rows.size());
            }
        }
        long banner = TrainingFiles.scheduled(http, "大学生村官能力提升培训", "2010-09-06", "24", "COLLEGE_GRADUATE_OFFICIAL", null);
        for (int m = 0; m < 5; m++) {
            long member = memberId(members.get(TOWNSHIPS[m]).get(m).get(2));
            assertThat(http.post("orgdept", "/api/training/courses/" + banner + "/attendance", Map.of("memberId", member)).getStatusCode().value())
                    .isEqualTo(201);
            count(TrainingCategory.COLLEGE_GRADUATE_OFFICIAL, TOWNSHIPS[m], new BigDecimal("24.0"));
        }
        for (int e = 0; e < 3; e++) {
            Map<String, Object> external = Map.of("name", "大学生村官" + (e + 1), "identityNumber",
                    RosterFiles.identity(LocalDate.of(1986, 3, 1 + e), 950), "hours", 20);
            assertThat(http.post("orgdept", "/api/training/courses/" + banner + "/attendance", external).getBody()).containsEntry("external", true);
            count(TrainingCategory.COLLEGE_GRADUATE_OFFICIAL, "banner", new BigDecimal("20.0"));
        }
        assertThat(TrainingFiles.upload(http, "secretary-eerdengbulage", lastCourse, true, lastFile).getBody())
                .as("the same file again").containsEntry("added", 0).containsEntry("unchanged", MEMBERS_PER_TOWNSHIP);

        Map<String, Object> report = http.get("orgdept", "/api/training/report?year=" + YEAR).getBody();
        assertThat(expected).isGreaterThanOrEqualTo(14_500);
        assertThat(figures(report.get("total"))).containsEntry("personTimes", expected)
                .containsEntry("people", MEMBERS_PER_TOWNSHIP * TOWNSHIPS.length + 3)
                .containsEntry("hours", expectedHours.doubleValue());
        assertThat(byCode(report.get("categories"))).containsAllEntriesOf(expectedByCategory)
                .containsEntry(TrainingCategory.COLLEGE_GRADUATE_OFFICIAL.name(), 8);
        assertThat(byCode(report.get("townships"))).isEqualTo(expectedByTownship);

        Map<String, Object> wulashan = http.get("secretary-wulashan", "/api/training/report?year=" + YEAR).getBody();
        assertThat(figures(wulashan.get("total")).get("personTimes")).isEqualTo(expectedByTownship.get("wulashan"));
        assertThat(http.get("secretary-wulashan", "/api/training/report?year=2010&township=xinan").getStatusCode().value()).isEqualTo(404);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(http.as("orgdept").get().uri("/api/training/report.xlsx?year=2010")
                .retrieve().body(byte[].class)))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(expected);
        }
        Map<String, Object> first = http.get("orgdept", "/api/training/members/" + memberId(members.get("wulashan").get(0).get(2))).getBody();
        assertThat(first).containsEntry("personTimes", COURSES_PER_TOWNSHIP + 1);
        assertThat(cpuNanos() - started).as("a replay of seconds, not minutes").isLessThan(180_000_000_000L);
    }

    /**
     * The processor time this JVM has used (all its threads, the server's included): unlike the wall clock it does not grow
     * while other builds on a busy machine have the processor.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private long proposeAndApprove(Http http, String township, int c, TrainingCategory category, BigDecimal hours) {
        ResponseEntity<Map<String, Object>> proposed = http.post("secretary-" + township, "/api/training/courses",
                TrainingFiles.course(category.label() + "培训第" + (c + 1) + "期", LocalDate.of(YEAR, 3 + c, 10).toString(), hours.toPlainString(),
                        category.name(), township));
        assertThat(proposed.getStatusCode().value()).as(String.valueOf(proposed.getBody())).isEqualTo(201);
        long course = ((Number) proposed.getBody().get("id")).longValue();
        String task = engine.getTaskService().createTaskQuery().processDefinitionKey(TrainingPlanProcess.PROCESS)
                .processVariableValueEquals(TrainingPlanProcess.VAR_COURSE_ID, course).singleResult().getId();
        http.completeTaskForm("orgdept", task, Map.of(TrainingPlanProcess.VAR_DECISION, Map.of("value", "APPROVE", "type", "String")));
        return course;
    }

    private void count(TrainingCategory category, String township, BigDecimal hours) {
        expected++;
        expectedByCategory.merge(category.name(), 1, Integer::sum);
        expectedByTownship.merge(township, 1, Integer::sum);
        expectedHours = expectedHours.add(hours);
    }

    /** Each township's members, spread over its villages, as the roster import takes them. */
    private Map<String, List<List<String>>> roster() {
        Map<String, List<List<String>>> members = new LinkedHashMap<>();
        int n = 900_000;
        for (String township : TOWNSHIPS) {
            List<String> villages = jdbc.sql("select code from organization where village = true and township_code = ? order by code")
                    .param(township).query(String.class).list();
            assertThat(villages).isNotEmpty();
            List<List<String>> rows = new ArrayList<>();
            for (int m = 0; m < MEMBERS_PER_TOWNSHIP; m++) {
                rows.add(RosterFiles.member(n++, villages.get(m % villages.size())));
            }
            members.put(township, rows);
        }
        return members;
    }

    private long memberId(String identity) {
        return jdbc.sql("select id from party_member where identity_number = ?").param(identity).query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(Object figures) {
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) figures);
        values.computeIfPresent("hours", (k, v) -> ((Number) v).doubleValue());
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> byCode(Object list) {
        Map<String, Integer> values = new TreeMap<>();
        ((List<Map<String, Object>>) list).stream().filter(f -> ((Number) f.get("personTimes")).intValue() > 0)
                .forEach(f -> values.put((String) f.get("code"), ((Number) f.get("personTimes")).intValue()));
        return values;
    }
}
