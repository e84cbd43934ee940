package cn.excellence.orgchange;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

/** Who may start the 组织设置 processes: township secretaries and org-dept apply for foundings and record 换届 results. */
@Configuration(proxyBeanMethods = false)
class OrgChangeConfig {

    @Bean
    ProcessStartPermission foundingByTownships() {
        return new ProcessStartPermission(OrgChangeProcess.FOUNDING_PROCESS, Groups.TOWNSHIP_SECRETARY);
    }

    @Bean
    ProcessStartPermission foundingByOrgDept() {
        return new ProcessStartPermission(OrgChangeProcess.FOUNDING_PROCESS, Groups.ORG_DEPT);
    }

    @Bean
    ProcessStartPermission villageElectionByTownships() {
        return new ProcessStartPermission(OrgChangeProcess.VILLAGE_ELECTION_PROCESS, Groups.TOWNSHIP_SECRETARY);
    }

    @Bean
    ProcessStartPermission villageElectionByOrgDept() {
        return new ProcessStartPermission(OrgChangeProcess.VILLAGE_ELECTION_PROCESS, Groups.ORG_DEPT);
    }
}
