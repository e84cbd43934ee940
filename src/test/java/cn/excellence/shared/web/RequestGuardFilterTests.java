package cn.excellence.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestGuardFilterTests {

    final RequestGuardFilter filter = new RequestGuardFilter(1024, new RejectedRequestProblem());

    private MockHttpServletResponse run(MockHttpServletRequest request, MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void pathsThatEncodePlainLettersAreRefusedBeforeTheSecurityRulesSeeThem() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = run(new MockHttpServletRequest("GET", "/engine-%72est/process-definition"), chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("请求路径不规范");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void pathsWithParameterSegmentsAreRefusedBeforeTheContainerRoutesThem() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = run(new MockHttpServletRequest("GET", "/api/funds/..;/..;/engine-rest/user"), chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("请求路径或请求头不规范");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void parametersWithNulAreRefused() throws Exception {
        MockHttpServletRequest query = new MockHttpServletRequest("GET", "/engine-rest/task");
        query.setQueryString("processDefinitionKey=%00");
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/admin/login");
        login.setContentType("application/x-www-form-urlencoded");
        login.setContent("username=%00".getBytes(StandardCharsets.UTF_8));
        login.addParameter("username", "\u0000");

        for (MockHttpServletRequest request : new MockHttpServletRequest[] {query, login}) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = run(request, chain);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("NUL");
            assertThat(chain.getRequest()).isNull();
        }
    }

    @Test
    void encodedSpacesAndChineseInPathsStillPass() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = run(new MockHttpServletRequest("GET", "/api/organizations/%E4%B8%89%20x"), chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReplayedWhole() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/duty-review-rounds") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent("{\"year\":2026}".getBytes(StandardCharsets.UTF_8));
        MockFilterChain chain = new MockFilterChain();

        run(request, chain);

        assertThat(chain.getRequest().getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"year\":2026}");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/process-instance/count") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[2048]);
        MockFilterChain chain = new MockFilterChain();

        assertThat(run(request, chain).getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    /** A browser declares an upload's length: photos and PDFs up to the multipart limits (spring.servlet.multipart) pass. */
    @Test
    void aDeclaredMultipartUploadIsLeftToTheMultipartLimits() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/pairing/pairs/1/fulfilments");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[2048]);
        MockFilterChain chain = new MockFilterChain();

        assertThat(run(request, chain).getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }
}
