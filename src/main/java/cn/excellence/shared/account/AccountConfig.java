package cn.excellence.shared.account;

import java.io.IOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The password-change gate, after security (it needs the authenticated user); and Camunda Admin's
 * own first-user set-up switched off: it lets anyone create an administrator while there is none, and
 * here the first administrator comes from configuration.
 */
@Configuration
class AccountConfig {

    @Bean
    FilterRegistrationBean<PasswordChangeGate> passwordChangeGate(PasswordChanges changes, ProcessEngine engine, ObjectMapper json) {
        FilterRegistrationBean<PasswordChangeGate> registration = new FilterRegistrationBean<>(
                new PasswordChangeGate(changes, engine.getName(), json));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappSetupOff() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "首位管理员由配置创建（EXCELLENCE_ADMIN_USER、EXCELLENCE_ADMIN_PASSWORD）。");
            }
        });
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }
}
