package cn.excellence.starrating;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

@Configuration
class StarRatingConfig {

    @Bean
    ProcessStartPermission starRatingCampaignStarters() {
        return new ProcessStartPermission(StarRatingProcess.CAMPAIGN_PROCESS, Groups.ORG_DEPT);
    }
}
