package cn.excellence.shared.security;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.LoginThrottleStore.Throttle;
import cn.excellence.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Login throttles for administrators (camunda-admin only): who is refused from where, and unlocking. */
@RestController
@RequestMapping("/api/admin/login-throttle")
@Tag(name = "登录限制", description = "多次输错密码后的登录限制：查看与解锁（平台管理员）")
class LoginThrottleController {

    /** The engine's user ids: letters, digits and inner hyphens, at most 64 characters. */
    private static final Pattern USER_ID = Pattern.compile("(?=.{1,64}$)[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");

    private final LoginThrottle throttle;
    private final IdentityService identityService;

    LoginThrottleController(LoginThrottle throttle, IdentityService identityService) {
        this.throttle = throttle;
        this.identityService = identityService;
    }

    /** The users unlocked, and the addresses whose failures were forgotten. */
    record Unlocked(String userId, List<String> clientAddresses) {
    }

    private static CurrentUser admin() {
        CurrentUser user = CurrentUser.get();
        if (!user.isMemberOf(Groups.CAMUNDA_ADMIN)) {
            throw ApiException.forbidden("只有平台管理员可以查看和解除登录限制。");
        }
        return user;
    }

    @GetMapping
    @Operation(summary = "近期输错密码的用户和地址，以及限制到何时")
    List<Throttle> current() {
        admin();
        return throttle.current();
    }

    @DeleteMapping("/{userId}")
    @Operation(summary = "解除一个用户在所有地址上的登录限制")
    Unlocked unlock(@PathVariable String userId) {
        CurrentUser admin = admin();
        if (!USER_ID.matcher(userId).matches()) {
            throw new TaskInputException("用户名格式不正确：只能包含字母、数字和中间的连字符，最长 64 个字符。");
        }
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw ApiException.notFound("用户“" + userId + "”不存在。");
        }
        return new Unlocked(userId, throttle.unlock(userId, admin.userId()));
    }
}
