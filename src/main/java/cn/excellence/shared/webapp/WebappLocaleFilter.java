package cn.excellence.shared.webapp;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves {@code <webapp path>/app/<app>/locales/zh.json}, which the Camunda webjar does not have. */
class WebappLocaleFilter extends OncePerRequestFilter {

    private final Pattern localePath;
    private final WebappTranslations translations;

    WebappLocaleFilter(String webappPath, WebappTranslations translations) {
        this.localePath = Pattern.compile(Pattern.quote(webappPath) + "/app/("
                + String.join("|", WebappTranslations.APPS) + ")/locales/zh\\.json");
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = localePath.matcher(request.getRequestURI());
        if (!"GET".equals(request.getMethod()) || !matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = translations.chineseLocale(matcher.group(1));
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
