package cn.excellence.loan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

@Configuration
@EnableConfigurationProperties(LoanRules.class)
class LoanConfig {

    @Bean
    ProcessStartPermission loansByVillages() {
        return new ProcessStartPermission(LoanProcess.PROCESS, Groups.VILLAGE_SECRETARY);
    }

    @Bean
    ProcessStartPermission loansByTownships() {
        return new ProcessStartPermission(LoanProcess.PROCESS, Groups.TOWNSHIP_SECRETARY);
    }
}
