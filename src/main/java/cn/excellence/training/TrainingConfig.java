package cn.excellence.training;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

@Configuration
class TrainingConfig {

    @Bean
    ProcessStartPermission trainingPlansByTownships() {
        return new ProcessStartPermission(TrainingPlanProcess.PROCESS, Groups.TOWNSHIP_SECRETARY);
    }

    @Bean
    ProcessStartPermission trainingPlansByCommittees() {
        return new ProcessStartPermission(TrainingPlanProcess.PROCESS, Groups.PARTY_SECRETARY);
    }
}
