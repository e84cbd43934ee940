package cn.excellence.shared.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request Spring Security's firewall refuses (a path with {@code ;} or {@code ..;} segments, an
 * encoded slash, a header with control characters …) is the client's mistake: 400 with a Chinese
 * problem, not the container's 500.
 */
@Component
class RejectedRequestProblem implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequestProblem.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) throws IOException {
        log.info("refused a malformed request from {}: {}", request.getRemoteAddr(), rejected.getMessage());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"请求路径或请求头不规范（含有分号、编码的斜杠、“..”或控制字符等），已被拒绝。\"}");
    }
}
