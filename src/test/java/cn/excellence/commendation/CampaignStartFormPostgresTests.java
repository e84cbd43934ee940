package cn.excellence.commendation;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** 评先表彰活动 started through its start form on a real PostgreSQL: a refused start leaves nothing behind. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class CampaignStartFormPostgresTests extends CampaignStartFormTests {

    @Autowired
    CampaignStartFormPostgresTests(@LocalServerPort int port, ProcessEngine engine, CampaignService campaigns, NominationService nominations,
            JdbcClient jdbc) {
        super(port, engine, campaigns, nominations, jdbc);
    }
}
