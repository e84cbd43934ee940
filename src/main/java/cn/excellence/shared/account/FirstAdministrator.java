package cn.excellence.shared.account;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.excellence.shared.Groups;
import cn.excellence.shared.jdbc.Rows;

/**
 * The first platform administrator of a production start, from configuration
 * ({@code excellence.security.first-admin.user} and {@code .password}, i.e. EXCELLENCE_ADMIN_USER and
 * EXCELLENCE_ADMIN_PASSWORD): created once, in camunda-admin, and made to change the password at the
 * first login. A configured password that breaks the policy, or no administrator at all and none
 * configured, refuses the start. Runs after the groups and the demo users are set up.
 */
@Component
@Order(3)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityService identityService;
    private final PasswordChanges changes;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String userId;
    private final String password;

    FirstAdministrator(IdentityService identityService, PasswordChanges changes, JdbcClient jdbc, TransactionTemplate transaction,
            @Value("${excellence.security.first-admin.user:}") String userId,
            @Value("${excellence.security.first-admin.password:}") String password) {
        this.identityService = identityService;
        this.changes = changes;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.userId = userId.strip();
        this.password = password;
        List<String> violations = this.userId.isEmpty() ? List.of() : PasswordRules.violations(password, identityService.newUser(this.userId));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("首位管理员的密码（EXCELLENCE_ADMIN_PASSWORD）不符合密码策略：" + String.join("；", violations)
                    + "。" + PasswordRules.SUMMARY);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            Rows.holdSetupLock(jdbc);
            if (userId.isEmpty()) {
                requireAnAdministrator();
            } else {
                ensureConfiguredAdministrator();
            }
        });
    }

    private void requireAnAdministrator() {
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            throw new IllegalStateException("没有平台管理员，也没有配置首位管理员：请设置 EXCELLENCE_ADMIN_USER 和 EXCELLENCE_ADMIN_PASSWORD"
                    + "（excellence.security.first-admin.user / .password）后再启动。");
        }
    }

    private void ensureConfiguredAdministrator() {
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            log.info("first administrator {} exists; its configured password is not applied again", userId);
            return;
        }
        User user = identityService.newUser(userId);
        user.setFirstName("平台");
        user.setLastName("管理员");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
        changes.require(userId);
        log.info("created the first administrator {}; the password must be changed at the first login", userId);
    }
}
