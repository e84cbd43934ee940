package cn.excellence.supervision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

@Configuration
class SupervisionConfig {

    @Bean
    ProcessStartPermission supervisionCycleStarters() {
        return new ProcessStartPermission(SupervisionProcess.CYCLE_PROCESS, Groups.ORG_DEPT);
    }
}
