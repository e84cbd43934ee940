package cn.excellence.commendation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

@Configuration
class CommendationConfig {

    @Bean
    ProcessStartPermission commendationCampaignStarters() {
        return new ProcessStartPermission(CommendationProcess.CAMPAIGN_PROCESS, Groups.ORG_DEPT);
    }

    @Bean
    ProcessStartPermission nominationByTownships() {
        return new ProcessStartPermission(CommendationProcess.NOMINATION_PROCESS, Groups.TOWNSHIP_SECRETARY);
    }

    @Bean
    ProcessStartPermission nominationByVillages() {
        return new ProcessStartPermission(CommendationProcess.NOMINATION_PROCESS, Groups.VILLAGE_SECRETARY);
    }

    @Bean
    ProcessStartPermission nominationByOrgDept() {
        return new ProcessStartPermission(CommendationProcess.NOMINATION_PROCESS, Groups.ORG_DEPT);
    }
}
