package cn.excellence.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Http;

/**
 * 联系点走访 on a phone (390×844) as its user does it: org-dept has made 三湖村 standing1's contact point; standing1 opens
 * 工具 → 联系点走访, sees the visit due in the calendar, records a visit with a member visited and a photo from the phone's
 * camera input, and opens it again with the photo shown. Each step is checked against the API's records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class VisitBrowserTests {

    static final By NOTICE = By.id("notice");

    @LocalServerPort
    int port;

    @Test
    void aStandingCommitteeMemberRecordsAVisitWithAPhotoOnThePhone() throws Exception {
        Http http = new Http(port);
        assertThat(http.post("orgdept", "/api/visits/contact-points", VisitsTests.point("standing1", VisitsTests.SANHU, "2026-01-01",
                "QUARTERLY")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Path photo = Files.createTempFile("visit", ".png");
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().setColor(Color.RED);
        image.getGraphics().fillRect(10, 10, 60, 40);
        ImageIO.write(image, "png", photo.toFile());

        try (Browser browser = Browser.openPhone(port, "visits-standing1", "zh-CN")) {
            browser.go("/workbench/");
            browser.waitFor(By.id("login-form"));
            browser.type(By.id("username"), "standing1");
            browser.type(By.id("password"), "standing1");
            browser.click(By.id("login-submit"));
            browser.waitUntil(d -> "standing1".equals(d.findElement(By.id("user")).getAttribute("data-user")));
            browser.click(By.xpath("//nav[@id='tabs']//a[normalize-space() = '工具']"));
            browser.waitForText(By.cssSelector("#view .view-title"), "工具");
            tap(browser, By.xpath("//li[contains(@class, 'card')][contains(., '联系点走访')]//button"));
            browser.waitForText(By.cssSelector("#view .view-title"), "联系点走访");
            browser.waitForText(By.cssSelector("li.visit-due"), "乌拉山镇三湖村党支部");
            browser.waitForText(By.cssSelector("li.visit-due"), "下次走访：");
            browser.screenshot("visit-calendar");

            tap(browser, By.cssSelector("form.visit-form input[name='activity'][value='ORGANIZATIONAL_LIFE']"));
            tap(browser, By.cssSelector("form.visit-form input[name='activity'][value='CONDOLENCE']"));
            By firstMember = By.cssSelector("form.visit-form .visit-members input[name='memberId']");
            String member = browser.waitFor(firstMember).getAttribute("value");
            tap(browser, firstMember);
            browser.type(By.cssSelector("form.visit-form textarea[name='helpGiven']"), "参加支部组织生活，慰问困难党员，送去米面油。");
            browser.waitFor(By.cssSelector("form.visit-form input[name='photos']")).sendKeys(photo.toAbsolutePath().toString());
            tap(browser, By.cssSelector("form.visit-form button[type='submit']"));
            browser.waitForText(NOTICE, "已登记走访：乌拉山镇三湖村党支部");
            browser.waitForText(NOTICE, "1 名党员，1 张照片");
            assertThat(browser.script("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                    .isEqualTo(browser.script("return window.innerWidth"));
            browser.screenshot("visit-recorded");

            List<Map<String, Object>> visits = http.getList("standing1", "/api/visits").getBody();
            assertThat(visits).singleElement().satisfies(v -> assertThat(v.get("members")).isEqualTo(1));
            Map<String, Object> visit = http.get("standing1", "/api/visits/" + visits.get(0).get("id")).getBody();
            assertThat(visit.get("activities")).isEqualTo(List.of("过组织生活", "走访慰问"));
            assertThat(visit.get("leaderIds")).isEqualTo(List.of("standing1"));
            assertThat((List<Map<String, Object>>) visit.get("members"))
                    .singleElement().satisfies(m -> assertThat(String.valueOf(m.get("memberId"))).isEqualTo(member));
            assertThat((List<Map<String, Object>>) visit.get("photos"))
                    .singleElement().satisfies(p -> assertThat(p.get("contentType")).isEqualTo("image/png"));

            tap(browser, By.xpath("//li[contains(@class, 'card')][contains(., '乌拉山镇三湖村党支部')][contains(., '走访党员 1 名')]//button"));
            browser.waitForText(By.cssSelector("#view .view-title"), "乌拉山镇三湖村党支部");
            browser.waitUntil(d -> (Boolean) browser.script(
                    "const img = document.querySelector('img.visit-photo'); return !!img && img.complete && img.naturalWidth === 120;"));
            browser.screenshot("visit-with-photo");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private static void tap(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(by));
        browser.click(by);
    }
}
