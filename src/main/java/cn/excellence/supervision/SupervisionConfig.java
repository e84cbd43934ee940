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

    /** 发起月度督查 in Tasklist's 启动流程: only org-dept sees and starts it. */
    @Bean
    ProcessStartPermission supervisionCycleRequesters() {
        return new ProcessStartPermission(SupervisionProcess.REQUEST_PROCESS, Groups.ORG_DEPT);
    }
}
