package cn.excellence.shared.audit;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The audit filter runs ahead of security, so refused changes (401, 403) are on record too. */
@Configuration
@EnableScheduling
class AuditConfig {

    @Bean
    FilterRegistrationBean<AuditRequestFilter> auditRequestFilter(AuditLog log, ProcessEngine engine) {
        FilterRegistrationBean<AuditRequestFilter> registration = new FilterRegistrationBean<>(new AuditRequestFilter(log, engine.getName()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
