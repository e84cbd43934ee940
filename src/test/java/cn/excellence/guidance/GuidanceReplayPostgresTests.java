package cn.excellence.guidance;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.organization.OrganizationService;
import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The month of 641 staff's reports on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class GuidanceReplayPostgresTests extends GuidanceReplayTests {

    @Autowired
    GuidanceReplayPostgresTests(@LocalServerPort int port, ProcessEngine engine, GuidanceService guidance, OrganizationService organizations) {
        super(port, engine, guidance, organizations);
    }
}
