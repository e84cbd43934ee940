package cn.excellence.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.WebSession;

/**
 * The workbench page: the webapps' login (and back to the view asked for), the form library without a login and
 * cached for a year, the page and its service worker checked on every load, text compressed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class WorkbenchPageTests {

    /** The version workbench.js and sw.js name in the library's address (the long cache is safe because it changes). */
    private static final String FORM_JS = "1.8.7";

    @LocalServerPort
    int port;

    @Test
    void whoeverIsNotLoggedInIsSentToTheLoginPageAndBackToTheWorkbenchView() {
        WebSession anonymous = new WebSession(port);
        HttpResponse<String> page = anonymous.get("/workbench/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?next=%2Fworkbench%2F");
        assertThat(anonymous.get("/workbench/workbench.js").statusCode()).isEqualTo(302);

        WebSession secretary = new WebSession(port);
        HttpResponse<String> login = secretary.logIn("secretary-wulashan", "secretary-wulashan", "/workbench/#/tasks/42", null);
        assertThat(login.headers().firstValue("Location").orElseThrow()).isEqualTo("/workbench/#/tasks/42");
        HttpResponse<String> shown = secretary.get("/workbench/");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("待办", "已办", "我的事项", "发起", "退出");
        assertThat(secretary.get("/workbench").headers().firstValue("Location").orElseThrow()).endsWith("/workbench/");
    }

    @Test
    void aHostileViewAfterTheLoginIsIgnored() {
        for (String next : new String[] {"/workbench/#/x?y=<script>", "/workbench//evil.example", "/workbench/#\r\nSet-Cookie: x=1"}) {
            HttpResponse<String> login = new WebSession(port).logIn("secretary-wulashan", "secretary-wulashan", next, null);
            assertThat(login.headers().firstValue("Location").orElseThrow()).as(next).isEqualTo("/admin/modeler");
        }
    }

    @Test
    void theFormLibraryLoadsWithoutALoginAndIsCachedForAYear() {
        WebSession anonymous = new WebSession(port);
        HttpResponse<String> library = anonymous.get("/workbench/vendor/form-viewer.umd.js?v=" + FORM_JS);
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.body()).contains("FormViewer");
        assertThat(library.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        assertThat(anonymous.get("/workbench/vendor/form-js.css").statusCode()).isEqualTo(200);
        HttpResponse<String> worker = anonymous.get("/workbench/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(worker.body()).as("the service worker caches the library the page loads").contains("?v=" + FORM_JS);
        assertThat(anonymous.get("/workbench/vendor/form-viewer.umd.js?v=" + FORM_JS).statusCode()).isEqualTo(200);
    }

    @Test
    void thePageAndItsServiceWorkerAskForTheFormJsVersionThePomFetches() throws IOException {
        Matcher pom = Pattern.compile("<form-js.version>([^<]+)</form-js.version>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        assertThat(pom.group(1)).isEqualTo(FORM_JS);
        WebSession secretary = new WebSession(port);
        secretary.logIn("secretary-wulashan", "secretary-wulashan", "/workbench/", null);
        assertThat(secretary.get("/workbench/workbench.js").body()).contains("FORM_JS_VERSION = '" + FORM_JS + "'");
    }

    @Test
    void textIsSentCompressedToABrowserThatAsksForIt() {
        HttpResponse<String> compressed = new WebSession(port).send(HttpRequest.newBuilder(new WebSession(port).uri("/workbench/vendor/form-js.css"))
                .header("Accept-Encoding", "gzip"));
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        HttpResponse<String> plain = new WebSession(port).get("/workbench/vendor/form-js.css");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    }
}
