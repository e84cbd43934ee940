package cn.excellence.starrating;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

/** Who may start the 五星级 processes: townships, Party committees and org-dept nominate; org-dept opens the annual review. */
@Configuration(proxyBeanMethods = false)
class FiveStarConfig {

    @Bean
    ProcessStartPermission fiveStarNominationByTownships() {
        return new ProcessStartPermission(FiveStarProcess.BRANCH_PROCESS, Groups.TOWNSHIP_SECRETARY);
    }

    @Bean
    ProcessStartPermission fiveStarNominationByCommittees() {
        return new ProcessStartPermission(FiveStarProcess.BRANCH_PROCESS, Groups.PARTY_SECRETARY);
    }

    @Bean
    ProcessStartPermission fiveStarNominationByOrgDept() {
        return new ProcessStartPermission(FiveStarProcess.BRANCH_PROCESS, Groups.ORG_DEPT);
    }

    @Bean
    ProcessStartPermission fiveStarReviewByOrgDept() {
        return new ProcessStartPermission(FiveStarProcess.REVIEW_PROCESS, Groups.ORG_DEPT);
    }
}
