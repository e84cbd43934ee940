package cn.excellence.shared.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.excellence.shared.Groups;

/**
 * The password policy's rules; a first administrator whose configured password breaks them, or no
 * administrator at all, refuses the start.
 */
class PasswordRulesTests {

    private static UserEntity user(String id) {
        return new UserEntity(id);
    }

    @Test
    void aGoodPasswordHasTenCharactersThreeClassesAndNotTheUserId() {
        assertThat(PasswordRules.violations("Strong-Pass-2026", user("clerk"))).isEmpty();
        assertThat(PasswordRules.violations("lowercase-2026", user("clerk"))).as("lower, digits, other").isEmpty();
        assertThat(PasswordRules.violations("Short-1", user("clerk"))).containsExactly("密码至少 10 位");
        assertThat(PasswordRules.violations("onlylowercase2026", user("clerk"))).singleElement().asString().contains("至少 3 类");
        assertThat(PasswordRules.violations("My-CLERK-2026", user("clerk"))).containsExactly("密码不得包含用户名");
        assertThat(PasswordRules.violations("secretary-wulashan", user("secretary-wulashan"))).hasSize(2);
    }

    @Test
    void aFirstAdministratorWithAWeakPasswordRefusesTheStart() {
        IdentityService identityService = Mockito.mock(IdentityService.class);
        Mockito.when(identityService.newUser(Mockito.anyString())).thenAnswer(call -> user(call.getArgument(0)));
        assertThatThrownBy(() -> new FirstAdministrator(identityService, null, null, null, "root-admin", "admin"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("密码至少 10 位");
        assertThatThrownBy(() -> new FirstAdministrator(identityService, null, null, null, "root-admin", "Root-Admin-2026"))
                .hasMessageContaining("不得包含用户名");
        new FirstAdministrator(identityService, null, null, null, "root-admin", "Initial#Pass2026");
    }

    @Test
    void withoutAnyAdministratorAndNoneConfiguredTheApplicationDoesNotStart() {
        IdentityService identityService = Mockito.mock(IdentityService.class, Mockito.RETURNS_DEEP_STUBS);
        Mockito.when(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).thenReturn(0L);
        TransactionTemplate transaction = new TransactionTemplate(Mockito.mock(PlatformTransactionManager.class));
        FirstAdministrator nobody = new FirstAdministrator(identityService, null, Mockito.mock(JdbcClient.class, Mockito.RETURNS_DEEP_STUBS),
                transaction, "", "");
        assertThatThrownBy(() -> nobody.run(null)).hasMessageContaining("EXCELLENCE_ADMIN_USER");
    }
}
