package cn.excellence.dutyreview;

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

/** Demo data: one round in progress, so a new user finds a secretary's task waiting in Tasklist. */
@Component
@Order(3)
@ConditionalOnExpression("${excellence.demo.enabled:false} and ${excellence.demo.open-cases:true}")
class DemoRound implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

    private final DutyReviewService service;
    private final SetupLock setup;

    DemoRound(DutyReviewService service, SetupLock setup) {
        this.service = service;
        this.setup = setup;
    }

    @Override
    public void run(ApplicationArguments args) {
        setup.runIfNone("select count(*) from duty_review_round", () -> {
            Date now = ClockUtil.getCurrentTime();
            int year = Year.now(WorkingDayCalendar.ZONE).getValue();
            long id = service.startRound(new RoundRequest(year, year + "年度苏木镇党委书记抓基层党建工作述职评议（演示）", null, null,
                    new Date(now.getTime() + Duration.ofDays(7).toMillis()), new Date(now.getTime() + Duration.ofDays(14).toMillis())));
            log.info("opened demo duty-review round {}", id);
        });
    }
}
