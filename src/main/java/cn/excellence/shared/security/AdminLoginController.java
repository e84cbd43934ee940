package cn.excellence.shared.security;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.excellence.shared.Groups;
import cn.excellence.shared.engine.WithoutAuthorization;
import cn.excellence.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Login and logout for the administrators' pages. It is the login of the Camunda webapps (the same
 * session), so whoever logs in here is logged in to Tasklist and Cockpit too, and the other way round.
 */
@Controller
@Hidden
class AdminLoginController {

    /** Where a login may send the browser back to: one of our own pages (the workbench with its view), nothing else. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("(/admin/[a-z-]+|/dashboard)(/[a-z-]+)*|/workbench/(#/[A-Za-z0-9_/-]*)?");

    private final IdentityService identityService;
    private final ProcessEngine engine;
    private final LoginThrottle throttle;

    AdminLoginController(IdentityService identityService, ProcessEngine engine, LoginThrottle throttle) {
        this.identityService = identityService;
        this.engine = engine;
        this.throttle = throttle;
    }

    @GetMapping("/admin/login")
    String loginPage() {
        return "forward:/admin/login.html";
    }

    @GetMapping("/admin/modeler")
    String modeler() {
        return "forward:/admin/modeler/index.html";
    }

    @PostMapping("/admin/login")
    ResponseEntity<Void> login(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "/admin/modeler") String next, HttpServletRequest request) {
        String target = LOCAL_PAGE.matcher(next).matches() ? next : "/admin/modeler";
        if (username.isBlank() || password.isEmpty() || username.length() > 64 || password.length() > 256
                || !identityService.checkPassword(username, password)) {
            String wait = throttle.lockedFor(username, ClientAddress.current())
                    .map(d -> "&wait=" + LoginThrottle.seconds(d)).orElse("");
            return redirect("/admin/login?error" + wait + "&next=" + target);
        }
        WebappSession.login(request, engine, username);
        return redirect(target);
    }

    @PostMapping("/admin/logout")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (!WebappSession.hasValidCsrfToken(request)) {
                throw ApiException.forbidden("请求缺少有效的防伪令牌（X-XSRF-TOKEN），请刷新页面后重试。");
            }
            session.invalidate();
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Who is logged in (the id and the name to show, e.g. 乌拉山镇党委书记), whether an administrator, and the CSRF token the
     * page must send with every change.
     */
    record SessionView(String userId, String displayName, List<String> groups, boolean admin, String csrfToken) {
    }

    /** Who is logged in, and the CSRF token the page must send with every change. */
    @GetMapping("/api/session")
    @ResponseBody
    SessionView session(HttpServletRequest request) {
        CurrentUser user = CurrentUser.get();
        HttpSession session = request.getSession(false);
        return new SessionView(user.userId(), displayName(user.userId()), user.groups(), user.isMemberOf(Groups.CAMUNDA_ADMIN),
                session == null ? "" : WebappSession.csrfToken(session));
    }

    /** The user's own name as the engine keeps it (first and last name), else the id; one's own name needs no authorization. */
    private String displayName(String userId) {
        User user = WithoutAuthorization.read(engine, () -> identityService.createUserQuery().userId(userId).singleResult());
        String name = user == null ? "" : (Objects.toString(user.getFirstName(), "") + Objects.toString(user.getLastName(), "")).strip();
        return name.isEmpty() ? userId : name;
    }

    private static ResponseEntity<Void> redirect(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
    }
}
