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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/** Demo data: the source's 七一 commendation campaign, open for nominations for two weeks. */
@Component
@Order(4)
@ConditionalOnExpression("${excellence.demo.enabled:false} and ${excellence.demo.open-cases:true}")
class DemoCampaign implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

    private final CampaignService campaigns;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoCampaign(CampaignService campaigns, JdbcClient jdbc, TransactionTemplate transaction) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            Rows.holdSetupLock(jdbc);
            if (jdbc.sql("select count(*) from commendation_campaign").query(Long.class).single() > 0) {
                return;
            }
            int year = Year.now(WorkingDayCalendar.ZONE).getValue();
            Date deadline = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(14).toMillis());
            long id = campaigns.startCampaign(new CampaignRequest(year, year + "年“七一”创先争优表彰（演示）", null, deadline, 5));
            log.info("opened demo commendation campaign {}", id);
        });
    }
}
