package cn.excellence.shared.webapp;

import java.io.IOException;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a browser keep the Camunda webapps' scripts, styles, fonts and images ({@code <webapp path>/lib/…} and
 * {@code <webapp path>/app/…}): {@code Cache-Control: no-cache}, so it asks each time whether its copy is still
 * current and gets 304 without a body while it is (the files carry Last-Modified). Without this, Spring Security's
 * default ({@code no-store}) makes every login download and compile the whole Tasklist bundle again. The pages
 * themselves (HTML with a fresh CSP nonce) and the APIs keep their headers.
 */
class WebappAssetCacheFilter extends OncePerRequestFilter {

    static final Set<String> ASSETS = Set.of("js", "css", "woff", "woff2", "ttf", "eot", "svg", "png", "gif", "jpg", "ico", "map");

    private final String libPath;
    private final String appPath;

    WebappAssetCacheFilter(String webappPath) {
        this.libPath = webappPath + "/lib/";
        this.appPath = webappPath + "/app/";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsset(request)) {
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }

    private boolean isAsset(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !(path.startsWith(libPath) || path.startsWith(appPath))) {
            return false;
        }
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && ASSETS.contains(path.substring(dot + 1));
    }
}
