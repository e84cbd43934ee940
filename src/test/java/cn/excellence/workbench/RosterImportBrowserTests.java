package cn.excellence.workbench;

import static cn.excellence.organization.RosterFiles.member;
import static cn.excellence.workbench.Workbench.NOTICE;
import static cn.excellence.workbench.Workbench.logIn;
import static cn.excellence.workbench.Workbench.switchUser;
import static cn.excellence.workbench.Workbench.tab;
import static cn.excellence.workbench.Workbench.tap;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.organization.RosterFiles;
import cn.excellence.support.Browser;

/**
 * 花名册导入 in the workbench on a phone (390×844), by a village secretary and by org-dept: the template downloads, a
 * file with bad rows shows every error by row and column and cannot be imported, a good file is previewed and imported,
 * and the members are in the database as the page says. The files are written with Apache POI into a temporary directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class RosterImportBrowserTests {

    static final By PREVIEW = By.id("roster-preview");
    static final By APPLY = By.id("roster-apply");
    static final By RESULT = By.id("roster-result");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path files;

    @AfterEach
    void forgetImportedMembers() {
        jdbc.sql("delete from party_member where identity_number is not null").update();
    }

    @Test
    void aVillageSecretaryAndOrgDeptImportTheRosterOnAPhone() throws IOException {
        Path bad = RosterFiles.save(files, "bad.xlsx", List.of(member(1, "wulashan-sanhu"), with(member(2, "wulashan-sanhu"), 4, "2010-02-30"),
                member(3, "xixiaozhao-gongtian"), with(member(1, "wulashan-sanhu"), 0, "重名的另一行")));
        Path good = RosterFiles.save(files, "good.xlsx", IntStream.rangeClosed(1, 3).mapToObj(n -> member(n, "乌拉山镇三湖村党支部")).toList());
        long before = count("wulashan-sanhu");

        try (Browser browser = Browser.openPhone(port, "roster-import", "zh-CN")) {
            logIn(browser, "secretary-sanhu");
            openRoster(browser);
            tap(browser, By.linkText("下载导入模板"));
            Path template = browser.downloads().resolve("党员花名册导入模板.xlsx");
            browser.waitUntil(d -> Files.exists(template) && template.toFile().length() > 0);
            try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("公民身份号码");
            }

            choose(browser, bad);
            tap(browser, PREVIEW);
            browser.waitFor(By.cssSelector("table.roster-errors"));
            assertThat(rows(browser)).containsExactly(
                    "3 入党日期 “入党日期”不是有效日期，请按 1980-05-01 的格式填写。（填写的是：2010-02-30）",
                    "4 所在党组织 党组织“西小召镇公田村党委”不在您管理的范围。（填写的是：xixiaozhao-gongtian）",
                    "5 公民身份号码 第 5 行与第 2 行的身份号码重复。（填写的是：" + member(1, "wulashan-sanhu").get(2) + "）");
            assertThat(browser.waitFor(RESULT).getText()).contains("共 4 行", "错误 3 处");
            assertThat(browser.waitFor(RESULT).getText()).contains("新增 1 人");
            assertThat(browser.waitFor(APPLY).isEnabled()).as("导入 only without errors").isFalse();
            assertThat(browser.script("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                    .isEqualTo(browser.script("return window.innerWidth"));
            browser.screenshot("errors");
            assertThat(count("wulashan-sanhu")).isEqualTo(before);

            choose(browser, good);
            tap(browser, PREVIEW);
            browser.waitForText(RESULT, "检查无误");
            assertThat(browser.waitFor(RESULT).getText()).contains("共 3 行：新增 3 人，更新 0 人，不变 0 人");
            tap(browser, APPLY);
            browser.waitForText(NOTICE, "已导入：新增 3 人");
            browser.screenshot("imported");
            assertThat(count("wulashan-sanhu")).isEqualTo(before + 3);
            tap(browser, PREVIEW);
            browser.waitForText(RESULT, "不变 3 人");

            switchUser(browser, "orgdept");
            openRoster(browser);
            choose(browser, RosterFiles.save(files, "orgdept.xlsx", List.of(member(7, "xixiaozhao-gongtian"), member(8, "没有这个支部"))));
            tap(browser, PREVIEW);
            browser.waitFor(By.cssSelector("table.roster-errors"));
            assertThat(rows(browser)).containsExactly("3 所在党组织 找不到党组织“没有这个支部”，请填写组织编码或完整名称。（填写的是：没有这个支部）");
            choose(browser, RosterFiles.save(files, "orgdept-good.xlsx", List.of(member(7, "xixiaozhao-gongtian"))));
            tap(browser, PREVIEW);
            browser.waitForText(RESULT, "检查无误");
            tap(browser, APPLY);
            browser.waitForText(NOTICE, "已导入：新增 1 人");
            assertThat(jdbc.sql("select organization_code from party_member where identity_number = ?").param(member(7, "").get(2))
                    .query(String.class).single()).isEqualTo("xixiaozhao-gongtian");
        }
    }

    private static void openRoster(Browser browser) {
        tab(browser, "工具");
        tap(browser, By.xpath("//li[contains(@class, 'card')][contains(., '花名册导入')]//button"));
        browser.waitForText(By.cssSelector("#view .view-title"), "花名册导入");
    }

    private static void choose(Browser browser, Path file) {
        WebElement picker = browser.driver().findElement(By.id("roster-file"));
        picker.sendKeys(file.toAbsolutePath().toString());
    }

    private static List<String> rows(Browser browser) {
        return browser.all(By.cssSelector("table.roster-errors tbody tr")).stream()
                .map(tr -> String.join(" ", tr.findElements(By.tagName("td")).stream().map(td -> td.getText().replace("\n", "")).toList()))
                .toList();
    }

    private long count(String organization) {
        return jdbc.sql("select count(*) from party_member where organization_code = ?").param(organization).query(Long.class).single();
    }

    private static List<String> with(List<String> row, int column, String value) {
        row.set(column, value);
        return row;
    }
}
