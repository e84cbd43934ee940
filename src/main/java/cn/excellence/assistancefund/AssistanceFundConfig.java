package cn.excellence.assistancefund;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

@Configuration
@EnableConfigurationProperties(LoanRules.class)
class AssistanceFundConfig {

    @Bean
    ProcessStartPermission loansByVillages() {
        return new ProcessStartPermission(LoanProcess.PROCESS, Groups.VILLAGE_SECRETARY);
    }

    @Bean
    ProcessStartPermission reliefByVillages() {
        return new ProcessStartPermission("HardshipRelief", Groups.VILLAGE_SECRETARY);
    }

    @Bean
    ProcessStartPermission reliefByTownships() {
        return new ProcessStartPermission("HardshipRelief", Groups.TOWNSHIP_SECRETARY);
    }

    @Bean
    ProcessStartPermission reliefBatchesByOrgDept() {
        return new ProcessStartPermission("HardshipReliefBatch", Groups.ORG_DEPT);
    }

    @Bean
    ProcessStartPermission loansByTownships() {
        return new ProcessStartPermission(LoanProcess.PROCESS, Groups.TOWNSHIP_SECRETARY);
    }
}
