package cn.excellence.shared.security;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The login throttle sits in the engine, so every login path shares it: HTTP Basic on /api and
 * /engine-rest, /admin/login and the Camunda webapps' own login all end in the engine's password check.
 */
@Configuration
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottleConfig {

    @Bean
    FilterRegistrationBean<ClientAddress.Filter> clientAddressFilter() {
        FilterRegistrationBean<ClientAddress.Filter> registration = new FilterRegistrationBean<>(new ClientAddress.Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ProcessEnginePlugin loginThrottlePlugin(LoginThrottle throttle, List<PasswordSetListener> passwordListeners) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(throttle, passwordListeners));
            }
        };
    }
}
