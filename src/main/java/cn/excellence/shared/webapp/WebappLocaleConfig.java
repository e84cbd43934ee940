package cn.excellence.shared.webapp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class WebappLocaleConfig {

    @Bean
    FilterRegistrationBean<WebappLocaleFilter> webappLocaleFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath, WebappTranslations translations) {
        FilterRegistrationBean<WebappLocaleFilter> registration =
                new FilterRegistrationBean<>(new WebappLocaleFilter(webappPath, translations));
        registration.addUrlPatterns(webappPath + "/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappAssetCacheFilter> webappAssetCacheFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<WebappAssetCacheFilter> registration = new FilterRegistrationBean<>(new WebappAssetCacheFilter(webappPath));
        registration.addUrlPatterns(webappPath + "/lib/*", webappPath + "/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
