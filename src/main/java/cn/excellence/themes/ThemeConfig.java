package cn.excellence.themes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

@Configuration
class ThemeConfig {

    @Bean
    ProcessStartPermission themeCampaignStarters() {
        return new ProcessStartPermission(ThemeProcess.CAMPAIGN_PROCESS, Groups.ORG_DEPT);
    }
}
