package cn.excellence.shared.account;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Switches the engine's password policy on, with our rules, for every path that sets a password. The demo users of the default profile are created
 * past the policy on purpose (their password is their id, as the README says).
 */
@Component
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new PasswordRules());
    }
}
