package cn.excellence.workbench;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The workbench page (工作台): one static page whose views live in the hash ({@code #/todo}, {@code #/tasks/{id}} …).
 * The form library is cached for a year (its address carries its version); the page itself and its service worker
 * are checked with the server on every load, so a new version reaches every phone.
 */
@Controller
class WorkbenchPageController implements WebMvcConfigurer {

    private static final Duration VENDOR_CACHE = Duration.ofDays(365);

    @GetMapping("/workbench")
    String redirect() {
        return "redirect:/workbench/";
    }

    @GetMapping("/workbench/")
    String page() {
        return "forward:/workbench/index.html";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/workbench/vendor/**").addResourceLocations("classpath:/static/workbench/vendor/")
                .setCacheControl(CacheControl.maxAge(VENDOR_CACHE).cachePublic().immutable());
        registry.addResourceHandler("/workbench/*.js", "/workbench/*.css", "/workbench/*.html")
                .addResourceLocations("classpath:/static/workbench/").setCacheControl(CacheControl.noCache());
    }
}
