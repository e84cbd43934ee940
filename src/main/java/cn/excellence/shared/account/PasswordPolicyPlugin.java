package cn.excellence.shared.account;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Switches the engine's password policy on, with our rules, for every path that sets a password, and
 * puts the password-tracking user store in place. The demo users of the default profile are created
 * past the policy on purpose (their password is their id, as the README says).
 */
@Component
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

    private final PasswordChanges changes;

    PasswordPolicyPlugin(PasswordChanges changes) {
        this.changes = changes;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new PasswordRules());
        configuration.setIdentityProviderSessionFactory(new PasswordTrackingIdentityProvider.Factory(changes));
    }
}
