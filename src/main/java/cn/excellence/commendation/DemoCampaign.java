package cn.excellence.commendation;

import java.time.Duration;
import java.time.Year;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import cn.excellence.shared.jdbc.SetupLock;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/** Demo data: the source's 七一 commendation campaign, open for nominations for two weeks. */
@Component
@Order(4)
@ConditionalOnExpression("${excellence.demo.enabled:false} and ${excellence.demo.open-cases:true}")
class DemoCampaign implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

    private final CampaignService campaigns;
    private final SetupLock setup;

    DemoCampaign(CampaignService campaigns, SetupLock setup) {
        this.campaigns = campaigns;
        this.setup = setup;
    }

    @Override
    public void run(ApplicationArguments args) {
        setup.runIfNone("select count(*) from commendation_campaign", () -> {
            int year = Year.now(WorkingDayCalendar.ZONE).getValue();
            Date deadline = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(14).toMillis());
            long id = campaigns.startCampaign(new CampaignRequest(year, year + "年“七一”创先争优表彰（演示）", null, deadline, 5));
            log.info("opened demo commendation campaign {}", id);
        });
    }
}
