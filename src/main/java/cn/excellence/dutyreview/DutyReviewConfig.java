package cn.excellence.dutyreview;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.excellence.shared.Groups;
import cn.excellence.shared.ProcessStartPermission;

@Configuration
class DutyReviewConfig {

    /** Org-dept opens rounds, through the application's API or by key through the engine REST. */
    @Bean
    ProcessStartPermission dutyReviewRoundStarters() {
        return new ProcessStartPermission(DutyReviewProcess.ROUND_PROCESS, Groups.ORG_DEPT);
    }
}
