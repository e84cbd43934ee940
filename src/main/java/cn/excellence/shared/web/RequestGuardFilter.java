package cn.excellence.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * First in line for every request: refuses oversized bodies with 413, whether their length is
 * declared or they come chunked; parameters with NUL with 400; paths Spring Security's firewall refuses ({@code ..;}, {@code ;},
 * encoded slashes …) with 400 before the container routes them to another servlet; and paths that
 * percent-encode plain letters or digits (which would make the path the security rules see differ from
 * the one that is served) with 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestGuardFilter extends OncePerRequestFilter {

    private static final Pattern NEEDLESS_ENCODING = Pattern.compile("%(3[0-9]|[46][1-9a-fA-F]|[57][0-9aA]|2[dDeE]|5[fF]|7[eE])");

    private final long maxBytes;
    private final HttpFirewall firewall = new StrictHttpFirewall();
    private final RequestRejectedHandler rejected;

    RequestGuardFilter(@Value("${excellence.api.max-request-bytes}") long maxBytes, RequestRejectedHandler rejected) {
        this.maxBytes = maxBytes;
        this.rejected = rejected;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes && !isMultipart(request)) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "请求内容过大，最多 " + maxBytes / 1024 + " KB。");
            return;
        }
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException e) {
            rejected.handle(request, response, e);
            return;
        }
        if (hasNulParameter(request)) {
            refuse(response, HttpStatus.BAD_REQUEST, "请求参数含有不可见的控制字符（NUL），请删除后重试。");
            return;
        }
        if (NEEDLESS_ENCODING.matcher(request.getRequestURI()).find()) {
            refuse(response, HttpStatus.BAD_REQUEST, "请求路径不规范：字母和数字不应被百分号编码。");
            return;
        }
        if (request.getContentLengthLong() < 0 && hasBody(request) && !isMultipart(request)) {
            byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
            if (body.length > maxBytes) {
                refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "请求内容过大，最多 " + maxBytes / 1024 + " KB。");
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * NUL in a query parameter or a form field (a login, say) is never text anybody typed, and PostgreSQL
     * cannot store or even compare it. Form fields are looked at only when their length is declared.
     */
    private static boolean hasNulParameter(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && query.toLowerCase().contains("%00")) {
            return true;
        }
        boolean form = request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        return form && request.getContentLengthLong() >= 0 && request.getParameterMap().values().stream()
                .flatMap(Arrays::stream).anyMatch(value -> value.indexOf('\0') >= 0);
    }

    /** Multipart uploads are parsed by the container; their size is limited by spring.servlet.multipart. */
    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().toLowerCase().startsWith("multipart/");
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** A request whose chunked body has been read, within the limit, and is replayed from memory. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the cached body is read synchronously");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
