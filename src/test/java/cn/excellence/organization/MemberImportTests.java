package cn.excellence.organization;

import static cn.excellence.organization.RosterFiles.identity;
import static cn.excellence.organization.RosterFiles.member;
import static cn.excellence.organization.RosterFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedCaseInsensitiveMap;

import cn.excellence.support.Http;

/**
 * The member roster imported from Excel through the API as its real users: a file with bad rows is refused row by row in
 * Chinese and nothing is saved; a good file imports, the same file again changes nothing, a changed row updates its member;
 * file-level mistakes are 4xx in Chinese; a secretary imports only into their own organization and below, other roles not
 * at all; each organization's member list shows its own members only.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class MemberImportTests {

    static final String IMPORT = "/api/organization/members/import";
    static final String SANHU = "wulashan-sanhu";

    final Http http;
    final JdbcClient jdbc;

    @Autowired
    MemberImportTests(@LocalServerPort int port, JdbcClient jdbc) {
        this.http = new Http(port);
        this.jdbc = jdbc;
    }

    @AfterEach
    void forgetImportedMembers() {
        jdbc.sql("delete from party_member where identity_number is not null").update();
    }

    @Test
    void badRowsAreRefusedRowByRowInChineseAndNothingIsSaved() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(member(1, SANHU));
        rows.add(with(member(2, SANHU), 5, "不存在的支部"));
        rows.add(with(member(3, SANHU), 4, "2010-02-30"));
        rows.add(with(member(4, SANHU), 4, "1985-13-01"));
        rows.add(with(member(5, SANHU), 4, LocalDate.now().plusDays(3).toString()));
        rows.add(with(member(6, SANHU), 4, "1960-01-01"));
        rows.add(with(member(7, SANHU), 2, wrongCheckCharacter(member(7, SANHU).get(2))));
        rows.add(with(member(8, SANHU), 3, "1971-01-01"));
        rows.add(with(with(member(9, SANHU), 2, member(1, SANHU).get(2)), 3, member(1, SANHU).get(3)));
        rows.add(with(member(10, SANHU), 0, ""));
        rows.add(with(member(11, SANHU), 0, "名".repeat(51)));
        rows.add(with(member(12, SANHU), 8, "12345"));
        rows.add(with(member(13, SANHU), 1, "未知"));
        rows.add(with(member(14, SANHU), 2, "15082319700101"));
        rows.add(with(member(15, SANHU), 7, "宇航员"));
        rows.add(with(with(member(16, SANHU), 9, "是"), 4, "1985-01-01"));
        long before = members();

        Map<String, Object> report = http.upload("orgdept", IMPORT + "?apply=false", "file", "roster.xlsx", xlsx(rows)).getBody();
        assertThat(report).containsEntry("rows", 16).containsEntry("applied", false).containsEntry("inserted", 1);
        assertThat(errors(report)).containsExactly(
                "3 所在党组织 找不到党组织“不存在的支部”，请填写组织编码或完整名称。",
                "4 入党日期 “入党日期”不是有效日期，请按 1980-05-01 的格式填写。",
                "5 入党日期 “入党日期”不是有效日期，请按 1980-05-01 的格式填写。",
                "6 入党日期 入党日期 " + LocalDate.now().plusDays(3) + " 晚于今天。",
                "7 入党日期 入党日期 1960-01-01 早于出生日期 " + member(6, SANHU).get(3) + "。",
                "8 公民身份号码 公民身份号码的校验位不正确，请核对。",
                "9 公民身份号码 公民身份号码中的出生日期（" + member(8, SANHU).get(3) + "）与“出生日期”（1971-01-01）不符。",
                "10 公民身份号码 第 10 行与第 2 行的身份号码重复。",
                "11 姓名 请填写“姓名”。",
                "12 姓名 “姓名”最多 50 个字，当前 51 个字。",
                "13 联系电话 联系电话格式不正确：请填 11 位手机号或带区号的座机号（如 0478-1234567）。",
                "14 性别 “性别”只能填：男、女。",
                "15 公民身份号码 公民身份号码应为 18 位，当前 14 位（若在 Excel 中显示为科学计数法，请将该列设为文本）。",
                "16 职业/身份 “职业/身份”只能填：农牧民、工人、教师、医务人员、社区居民、机关干部。",
                "17 入党日期 入党日期 1985-01-01 时未满 18 周岁（出生日期 " + member(16, SANHU).get(3) + "）。",
                "17 建国前老党员 标为建国前老党员，但入党日期不早于 1949-10-01。");

        ResponseEntity<Map<String, Object>> applied = http.upload("orgdept", IMPORT + "?apply=true", "file", "roster.xlsx", xlsx(rows));
        assertThat(applied.getStatusCode().value()).isEqualTo(400);
        assertThat(applied.getBody().get("detail")).asString().contains("16 处错误", "未导入任何数据");
        assertThat(errors(report(applied.getBody()))).hasSize(16);
        assertThat(members()).as("nothing saved, not even the good row").isEqualTo(before);
    }

    @Test
    void aGoodFileImportsAndTheSameFileAgainChangesNothing() {
        List<List<String>> rows = IntStream.rangeClosed(1, 30).mapToObj(n -> member(n, n % 2 == 0 ? SANHU : "乌拉山镇三湖村党支部")).toList();
        rows.get(0).set(6, "嘎查村主任");
        rows.get(1).set(3, "");
        rows.get(2).set(9, "是");
        rows.get(2).set(4, "1948-05-01");
        rows.get(2).set(3, "1925-03-04");
        rows.get(2).set(2, identity(LocalDate.of(1925, 3, 4), 7));
        long before = members();

        Map<String, Object> preview = http.upload("secretary-sanhu", IMPORT, "file", "roster.xlsx", xlsx(rows)).getBody();
        assertThat(preview).containsEntry("rows", 30).containsEntry("inserted", 30).containsEntry("applied", false);
        assertThat(errors(preview)).isEmpty();
        assertThat(members()).as("a preview saves nothing").isEqualTo(before);

        Map<String, Object> imported = http.upload("secretary-sanhu", IMPORT + "?apply=true", "file", "roster.xlsx", xlsx(rows)).getBody();
        assertThat(imported).containsEntry("inserted", 30).containsEntry("updated", 0).containsEntry("unchanged", 0).containsEntry("applied", true);
        assertThat(members()).isEqualTo(before + 30);
        Map<String, Object> first = new LinkedCaseInsensitiveMap<>();
        first.putAll(jdbc.sql("select * from party_member where identity_number = ?").param(rows.get(0).get(2)).query().singleRow());
        assertThat(first).containsEntry("NAME", "党员1").containsEntry("ORGANIZATION_CODE", SANHU).containsEntry("POSITION", "VILLAGE_HEAD")
                .containsEntry("OCCUPATION", "FARMER_HERDER").containsEntry("GENDER", "MALE").containsEntry("GENERATED", false)
                .containsEntry("PHONE", rows.get(0).get(8));
        assertThat(jdbc.sql("select birth_date from party_member where identity_number = ?").param(rows.get(1).get(2))
                .query(Date.class).single().toLocalDate()).as("taken from the identity number").isEqualTo(LocalDate.parse(member(2, SANHU).get(3)));
        assertThat(jdbc.sql("select pre1949_veteran from party_member where identity_number = ?").param(rows.get(2).get(2))
                .query(Boolean.class).single()).isTrue();

        Map<String, Object> again = http.upload("secretary-sanhu", IMPORT + "?apply=true", "file", "roster.xlsx", xlsx(rows)).getBody();
        assertThat(again).containsEntry("inserted", 0).containsEntry("updated", 0).containsEntry("unchanged", 30);
        assertThat(members()).isEqualTo(before + 30);

        rows.get(4).set(8, "0478-1234567");
        Map<String, Object> changed = http.upload("secretary-sanhu", IMPORT + "?apply=true", "file", "roster.xlsx", xlsx(rows)).getBody();
        assertThat(changed).containsEntry("inserted", 0).containsEntry("updated", 1).containsEntry("unchanged", 29);
        assertThat(jdbc.sql("select phone from party_member where identity_number = ?").param(rows.get(4).get(2)).query(String.class).single())
                .isEqualTo("0478-1234567");
    }

    @Test
    void aSecretaryImportsOnlyIntoTheirOwnOrganizationAndBelow() {
        Map<String, Object> own = http.upload("secretary-xixiaozhao", IMPORT + "?apply=true", "file", "roster.xlsx",
                xlsx(List.of(member(1, "xixiaozhao-gongtian")))).getBody();
        assertThat(own).as("a township secretary, into a village of the township").containsEntry("inserted", 1).containsEntry("applied", true);

        Map<String, Object> report = http.upload("secretary-sanhu", IMPORT, "file", "roster.xlsx",
                xlsx(List.of(member(2, SANHU), member(3, "xixiaozhao-gongtian"), member(1, SANHU)))).getBody();
        assertThat(errors(report)).containsExactly(
                "3 所在党组织 党组织“西小召镇公田村党委”不在您管理的范围。",
                "4 公民身份号码 该身份号码的党员属于其他党组织，不在您管理的范围。");
        assertThat(http.upload("secretary-sanhu", IMPORT + "?apply=true", "file", "roster.xlsx",
                xlsx(List.of(member(1, SANHU)))).getStatusCode().value()).as("moving gongtian's member to sanhu").isEqualTo(400);
        assertThat(jdbc.sql("select organization_code from party_member where identity_number = ?").param(member(1, SANHU).get(2))
                .query(String.class).single()).isEqualTo("xixiaozhao-gongtian");
    }

    @Test
    void rolesWithoutARosterAreRefused() {
        for (String user : List.of("plenary1", "supervisor1", "fund1")) {
            ResponseEntity<Map<String, Object>> refused = http.upload(user, IMPORT, "file", "roster.xlsx", xlsx(List.of(member(1, SANHU))));
            assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(refused.getBody().get("detail")).asString().contains("只有组织部和各级党组织书记可以导入党员花名册");
            assertThat(http.get(user, IMPORT + "-template").getStatusCode().value()).isEqualTo(403);
        }
        assertThat(http.upload(null, IMPORT, "file", "roster.xlsx", xlsx(List.of(member(1, SANHU)))).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void fileLevelMistakesAreRefusedInChinese() {
        assertFileRefused("not-excel.xlsx", "姓名,性别\n张三,男".getBytes(StandardCharsets.UTF_8), 400, "无法读取文件：请上传 Excel 工作簿（.xlsx）");
        assertFileRefused("empty.xlsx", new byte[0], 400, "请选择要导入的 Excel 文件");
        assertFileRefused("headers.xlsx", xlsx(List.of("姓名", "性别", "身份证"), List.of(List.of("张三", "男", "1"))), 400,
                "表头不正确：第 1 行缺少“公民身份号码”“出生日期”");
        assertFileRefused("header-only.xlsx", xlsx(List.of()), 400, "文件中没有党员数据");
        assertFileRefused("blank.xlsx", xlsx(List.of(), List.of()), 400, "文件是空的");
        assertFileRefused("large.xlsx", new byte[10 * 1024 * 1024 + 1], 413, "上传的文件过大，最多 10 MB。");
        ResponseEntity<Map<String, Object>> noFile = http.upload("orgdept", IMPORT, "other", "roster.xlsx", xlsx(List.of(member(1, SANHU))));
        assertThat(noFile.getStatusCode().value()).isEqualTo(400);
        assertThat(noFile.getBody().get("detail")).asString().contains("请选择要导入的 Excel 文件");
    }

    @Test
    void moreThanFiftyThousandRowsAreRefused() {
        List<List<String>> rows = IntStream.rangeClosed(1, RosterWorkbook.MAX_ROWS + 1).mapToObj(n -> List.of("党员" + n)).toList();
        assertFileRefused("huge.xlsx", xlsx(rows), 400, "文件超过 50000 行党员数据");
    }

    @Test
    void datesAndNumbersTypedAsExcelValuesAreReadAsTheUserSeesThem() throws IOException {
        List<String> row = member(1, SANHU);
        byte[] file = typed(row, cells -> {
            Workbook workbook = cells.getSheet().getWorkbook();
            CellStyle shortDate = workbook.createCellStyle();
            shortDate.setDataFormat((short) 14);
            CellStyle chineseDate = workbook.createCellStyle();
            chineseDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            cells.getCell(3).setCellValue(LocalDate.parse(row.get(3)));
            cells.getCell(3).setCellStyle(shortDate);
            cells.getCell(4).setCellValue(LocalDate.parse(row.get(4)));
            cells.getCell(4).setCellStyle(chineseDate);
            cells.getCell(8).setCellValue(Double.parseDouble(row.get(8)));
        });
        Map<String, Object> report = http.upload("secretary-sanhu", IMPORT + "?apply=true", "file", "typed.xlsx", file).getBody();
        assertThat(report).containsEntry("inserted", 1).containsEntry("applied", true);
        assertThat(jdbc.sql("select joined_on from party_member where identity_number = ?").param(row.get(2)).query(Date.class)
                .single().toLocalDate()).isEqualTo(LocalDate.parse(row.get(4)));
        assertThat(jdbc.sql("select phone from party_member where identity_number = ?").param(row.get(2)).query(String.class).single())
                .isEqualTo(row.get(8));
        assertThat(http.upload("secretary-sanhu", IMPORT, "file", "roster.xlsx", xlsx(List.of(row))).getBody())
                .as("the same member written as text").containsEntry("unchanged", 1);
    }

    @Test
    void hostileFilesAndCellsAreRefusedNotFailed() throws IOException {
        byte[] bell = crafted(typed(with(member(1, SANHU), 0, "张BELL三"), cells -> { }), "BELL", "_x0007_");
        assertThat(errors(http.upload("orgdept", IMPORT, "file", "roster.xlsx", bell).getBody()))
                .containsExactly("2 姓名 “姓名”含有不可见的控制字符，请删除后重试。");
        try (HSSFWorkbook xls = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet("党员花名册").createRow(0).createCell(0).setCellValue("姓名");
            xls.write(out);
            assertFileRefused("old.xls", out.toByteArray(), 400, "请上传 Excel 工作簿（.xlsx）");
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream entries = new ZipOutputStream(zip)) {
            entries.putNextEntry(new ZipEntry("xl/workbook.xml"));
            entries.write("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8));
        }
        assertFileRefused("entity.xlsx", zip.toByteArray(), 400, "无法读取文件");
        assertFileRefused("garbage.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}, 400, "无法读取文件");
    }

    @Test
    void theTemplateHasTheHeadersAnExampleAndTheAllowedValues() throws IOException {
        ResponseEntity<byte[]> template = http.as("secretary-sanhu").get().uri(IMPORT + "-template").retrieve().toEntity(byte[].class);
        assertThat(template.getStatusCode().value()).isEqualTo(200);
        assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("党员花名册导入模板.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            Sheet roster = workbook.getSheetAt(0);
            assertThat(IntStream.range(0, RosterFiles.HEADERS.size()).mapToObj(c -> roster.getRow(0).getCell(c).getStringCellValue()))
                    .containsExactlyElementsOf(RosterFiles.HEADERS);
            assertThat(roster.getRow(1).getCell(5).getStringCellValue()).as("the secretary's own branch").isEqualTo("乌拉山镇三湖村党支部");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("填写说明");
            assertThat(workbook.getSheetAt(1).getRow(8).getCell(2).getStringCellValue()).contains("农牧民", "社区居民");
        }
        Map<String, Object> unchanged = http.upload("secretary-sanhu", IMPORT, "file", "template.xlsx", template.getBody()).getBody();
        assertThat(errors(unchanged)).containsExactly("2 公民身份号码 这是导入模板中的示例行，请删除或换成党员的信息后再导入。");
    }

    @Test
    void aBranchSeesOnlyItsOwnMembersAndATownshipOnlyItsBranches() {
        http.upload("orgdept", IMPORT + "?apply=true", "file", "roster.xlsx",
                xlsx(List.of(member(1, SANHU), member(2, "xixiaozhao-gongtian"))));
        Map<String, Object> page = http.get("secretary-sanhu", "/api/organizations/" + SANHU + "/members?size=200").getBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("content");
        assertThat(items).isNotEmpty().allSatisfy(m -> assertThat(m).containsEntry("organizationCode", SANHU));
        assertThat(items).filteredOn(m -> "党员1".equals(m.get("name"))).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("identityNumber", member(1, SANHU).get(2).substring(0, 6) + "********" + member(1, SANHU).get(2).substring(14))
                .containsEntry("phone", member(1, SANHU).get(8)).containsEntry("joinedOn", member(1, SANHU).get(4)));
        assertThat(http.get("secretary-sanhu", "/api/organizations/xixiaozhao-gongtian/members").getStatusCode().value()).isEqualTo(404);
        assertThat(http.get("secretary-wulashan", "/api/organizations/" + SANHU + "/members").getStatusCode().value()).isEqualTo(200);
        assertThat(http.get("secretary-wulashan", "/api/organizations/xixiaozhao-gongtian/members").getStatusCode().value()).isEqualTo(404);
        assertThat(http.get("secretary-gongtian", "/api/organizations/xixiaozhao-gongtian/members").getStatusCode().value()).isEqualTo(200);
    }

    /** One row written with POI's full workbook (cells as Excel keeps them: shared strings, typed values), then adjusted. */
    static byte[] typed(List<String> row, Consumer<Row> adjust) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("党员花名册");
            Row header = sheet.createRow(0);
            IntStream.range(0, RosterFiles.HEADERS.size()).forEach(c -> header.createCell(c).setCellValue(RosterFiles.HEADERS.get(c)));
            Row cells = sheet.createRow(1);
            IntStream.range(0, row.size()).forEach(c -> cells.createCell(c).setCellValue(row.get(c)));
            adjust.accept(cells);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with its XML edited as a hostile tool may write it (POI itself refuses to write a control character). */
    static byte[] crafted(byte[] xlsx, String text, String replacement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(text, replacement).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private void assertFileRefused(String name, byte[] file, int status, String message) {
        long before = members();
        ResponseEntity<Map<String, Object>> refused = http.upload("orgdept", IMPORT + "?apply=true", "file", name, file);
        assertThat(refused.getStatusCode().value()).as(name).isEqualTo(status);
        assertThat(refused.getBody().get("detail")).as(name).asString().contains(message);
        assertThat(members()).isEqualTo(before);
    }

    static String wrongCheckCharacter(String identity) {
        return identity.substring(0, 17) + (identity.endsWith("0") ? "1" : "0");
    }

    static List<String> with(List<String> row, int column, String value) {
        row.set(column, value);
        return row;
    }

    long members() {
        return jdbc.sql("select count(*) from party_member").query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> report(Map<String, Object> problem) {
        return (Map<String, Object>) problem.get("report");
    }

    @SuppressWarnings("unchecked")
    static List<String> errors(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("errors")).stream()
                .map(e -> e.get("row") + " " + e.get("column") + " " + e.get("message")).toList();
    }
}
