package cn.excellence.starrating;

import static cn.excellence.starrating.StarRatingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * 一书一卡一簿 feeds the star rating: the branch's secretary records residents' evaluations in the 功劳簿 through
 * /api/posts (one hidden), enters the scores and completes 录入; each member's computed points carry exactly the book's
 * shown points, capped by the campaign's 功劳簿 item, and nothing for a member without entries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class StarRatingServiceBookTests {

    static final String VILLAGE = "wulashan-sanhu";
    /** Entered criteria; with all 民主评议 votes 好 (+20) a member without 功劳簿 points has 76 points: seven stars. */
    static final int ENTERED = 56;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    BranchRatingService ratings;
    @Autowired
    StarCampaignService campaigns;
    @Autowired
    JdbcClient jdbc;

    StarRatingFlow flow;
    Http http;
    LocalDate today;

    @BeforeEach
    void setUp() {
        flow = new StarRatingFlow(engine, ratings, jdbc);
        http = new Http(port);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void theServiceBooksShownPointsCappedByItsItemAreInEachMembersPoints() {
        long campaignId = flow.start(StarScale.MEMBER_TEN, null, today.getYear());
        StarCampaign campaign = campaigns.campaign(campaignId);
        assertThat(campaign.serviceBookMax()).as("the scale's 居民评价（功劳簿） item").isEqualTo(10);
        BranchRating branch = flow.rating(campaignId, VILLAGE);
        List<ScoreRow> sheet = ratings.sheet(branch.id());
        assertThat(sheet).hasSizeGreaterThanOrEqualTo(3);
        long evaluated = sheet.get(0).memberId();
        long overCap = sheet.get(1).memberId();
        long without = sheet.get(2).memberId();

        String secretary = branch.secretary();
        for (String evaluation : List.of("SATISFIED", "SATISFIED", "DISSATISFIED", "SATISFIED")) {
            merit(secretary, evaluated, evaluation);
        }
        long hidden = merit(secretary, evaluated, "SATISFIED");
        assertThat(http.post(secretary, "/api/posts/merits/" + hidden + "/hide", Map.of("reason", "重复登记")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        for (String evaluation : Collections.nCopies(6, "SATISFIED")) {
            merit(secretary, overCap, evaluation);
        }
        merit(secretary, overCap, "FAIRLY_SATISFIED");
        assertThat(http.get(secretary, "/api/posts/members/" + evaluated + "?year=" + today.getYear()).getBody())
                .as("the book shows 3 × 满意 − 不满意, the hidden entry not counted").containsEntry("residentPoints", 4);

        List<Criterion> items = campaign.enteredCriteria();
        flow.enter(branch, row -> StarRatingFlow.scored(row.memberId(), ENTERED, items));
        flow.complete(secretary, flow.task(branch.id(), TASK_ENTER_SCORES), VAR_SCORES_CHECKED, "CHECKED");
        assertThat(flow.task(branch.id(), TASK_PROPOSE_STARS)).as("录入 completed, stars computed").isNotNull();

        Map<Long, ScoreRow> computed = ratings.sheet(branch.id()).stream().collect(Collectors.toMap(ScoreRow::memberId, Function.identity()));
        assertThat(computed.get(evaluated)).as("76 + 4 from the 功劳簿").satisfies(r -> {
            assertThat(r.points()).isEqualTo(80);
            assertThat(r.stars()).isEqualTo(8);
        });
        assertThat(computed.get(overCap)).as("76 + 13 from the 功劳簿, capped at the item's 10").satisfies(r -> {
            assertThat(r.points()).isEqualTo(86);
            assertThat(r.stars()).isEqualTo(9);
        });
        assertThat(computed.get(without)).as("no entries: nothing from the 功劳簿").satisfies(r -> {
            assertThat(r.points()).isEqualTo(76);
            assertThat(r.stars()).isEqualTo(7);
        });

        flow.complete(secretary, flow.task(branch.id(), TASK_PROPOSE_STARS));
        assertThat(ratings.sheet(branch.id()).stream().filter(r -> r.memberId() == overCap).findFirst().orElseThrow().stars())
                .as("the proposal keeps the computed stars").isEqualTo(9);
    }

    /** The secretary records one resident's evaluation in the member's 功劳簿 through the API; returns the entry's id. */
    private long merit(String secretary, long memberId, String evaluation) {
        ResponseEntity<Map<String, Object>> recorded = http.post(secretary, "/api/posts/members/" + memberId + "/merits",
                Map.of("date", today.toString(), "residentName", "王大妈", "deed", "帮助修缮院墙", "evaluation", evaluation));
        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) recorded.getBody().get("id")).longValue();
    }
}
