package cn.excellence.shared.account;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The logged-in user changes their own password (also the way out of a required change). */
@RestController
@Tag(name = "账号", description = "修改本人密码")
class AccountController {

    private static final int MAX_LENGTH = 256;

    private final IdentityService identityService;

    AccountController(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The old password and the new one. */
    record PasswordChange(String oldPassword, String newPassword) {
    }

    @PostMapping("/api/account/password")
    @Operation(summary = "修改本人密码（须符合密码策略）")
    ResponseEntity<Void> change(@RequestBody PasswordChange change) {
        String userId = CurrentUser.get().userId();
        if (change.oldPassword() == null || change.oldPassword().isEmpty() || change.newPassword() == null
                || change.newPassword().isEmpty()) {
            throw new TaskInputException("请填写原密码和新密码。");
        }
        if (change.oldPassword().length() > MAX_LENGTH || change.newPassword().length() > MAX_LENGTH) {
            throw new TaskInputException("密码最多 " + MAX_LENGTH + " 个字符。");
        }
        if (!identityService.checkPassword(userId, change.oldPassword())) {
            throw new TaskInputException("原密码不正确。");
        }
        if (change.newPassword().equals(change.oldPassword())) {
            throw new TaskInputException("新密码不能与原密码相同。");
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        List<String> violations = PasswordRules.violations(change.newPassword(), user);
        if (!violations.isEmpty()) {
            throw new TaskInputException("新密码不符合密码策略：" + String.join("；", violations) + "。" + PasswordRules.SUMMARY);
        }
        user.setPassword(change.newPassword());
        identityService.saveUser(user);
        return ResponseEntity.noContent().build();
    }
}
