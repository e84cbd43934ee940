package cn.excellence.shared.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Administrators' pages: not logged in → the login page (and back); logged in without the right → a Chinese 403 page. */
@Component
class AdminPageAccess implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.sendRedirect("/admin/login?next=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        String user = HtmlUtils.htmlEscape(userId(request));
        response.getWriter().write("""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>无权访问</title>
                <link rel="stylesheet" href="/admin/admin.css"></head><body class="notice-page">
                <main><h1 id="forbidden">无权访问流程建模器</h1>
                <p>流程建模器只对平台管理员（camunda-admin 组）开放。当前登录用户：<strong>%s</strong>。</p>
                <p>如需修改流程，请联系组织部的平台管理员。<a href="/camunda/app/tasklist/">返回任务列表</a>
                · <a href="/admin/login?switch">换个账号登录</a></p></main></body></html>
                """.formatted(user));
    }

    /** The user id only: the principal's own text would list the user's groups. */
    private static String userId(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof org.springframework.security.core.Authentication authentication
                && authentication.getPrincipal() instanceof CurrentUser user) {
            return user.userId();
        }
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }
}
