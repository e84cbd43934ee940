package cn.excellence.relief;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

@Configuration
class ReliefConfig {

    @Bean
    ProcessStartPermission reliefByVillages() {
        return new ProcessStartPermission(ReliefService.PROCESS, Groups.VILLAGE_SECRETARY);
    }

    @Bean
    ProcessStartPermission reliefByTownships() {
        return new ProcessStartPermission(ReliefService.PROCESS, Groups.TOWNSHIP_SECRETARY);
    }

    @Bean
    ProcessStartPermission reliefBatchesByOrgDept() {
        return new ProcessStartPermission(ReliefBatchService.PROCESS, Groups.ORG_DEPT);
    }
}
