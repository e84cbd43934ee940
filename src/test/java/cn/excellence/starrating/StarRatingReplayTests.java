package cn.excellence.starrating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * The source replayed: 4,896 members of the pastoral and farming branches take part and 2,946 end at ≥ 8 stars; in the
 * communities 14 are rated 十星级. Every branch goes through its tasks as its users; the report answers from the records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class StarRatingReplayTests {

    static final int PARTICIPANTS = 4896;
    static final int AT_LEAST_EIGHT = 2946;
    static final int TEN_STAR_COMMUNITY_MEMBERS = 14;

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

    @BeforeEach
    void setUp() {
        flow = new StarRatingFlow(engine, ratings, jdbc);
        http = new Http(port);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void theSourcesFiguresComeOutOfTheRecords() {
        long pastoral = flow.start(StarScale.MEMBER_TEN, null);
        List<Criterion> items = campaigns.campaign(pastoral).enteredCriteria();
        int members = flow.ratings(pastoral).stream().mapToInt(r -> ratings.sheet(r.id()).size()).sum();
        int absent = members - PARTICIPANTS;
        assertThat(absent).as("village members to choose from").isPositive();
        int step = members / absent;
        int[] seen = {0, 0, 0};
        rateEveryBranch(pastoral, row -> {
            int i = seen[0]++;
            if (i % step == step - 1 && seen[1] < absent) {
                seen[1]++;
                return null;
            }
            int taking = seen[2]++;
            return StarRatingFlow.scored(row.memberId(), taking < AT_LEAST_EIGHT ? 60 + taking % 10 : 30 + taking % 30, items);
        });
        assertThat(seen[1]).isEqualTo(absent);

        long community = flow.start(StarScale.COMMUNITY_TEN, null);
        List<Criterion> communityItems = campaigns.campaign(community).enteredCriteria();
        int[] communitySeen = {0};
        rateEveryBranch(community, row -> StarRatingFlow.scored(row.memberId(), communitySeen[0]++ < TEN_STAR_COMMUNITY_MEMBERS ? 70 : 55 + communitySeen[0] % 14,
                communityItems));

        ProcessTestSupport.moveClock(Duration.ofDays(9));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(campaigns.campaign(pastoral).status()).isEqualTo(StarCampaign.PUBLISHED);
        assertThat(campaigns.campaign(community).status()).isEqualTo(StarCampaign.PUBLISHED);

        Map<String, Object> report = report("orgdept", "/api/star-ratings/report?campaign=" + pastoral);
        Map<String, Object> total = line(report.get("total"));
        assertThat(total).containsEntry("participants", PARTICIPANTS).containsEntry("atLeastEight", AT_LEAST_EIGHT);
        assertThat(total.get("shareAtLeastEight")).hasToString("60.17");
        assertThat(lines(report.get("byTownship"))).hasSize(9);
        assertThat(lines(report.get("byTownship")).stream().mapToInt(l -> (Integer) l.get("participants")).sum()).isEqualTo(PARTICIPANTS);
        assertThat(lines(report.get("bySector"))).singleElement().satisfies(l -> assertThat(l).containsEntry("atLeastEight", AT_LEAST_EIGHT));
        assertThat(lines(report.get("byBranch")).stream().mapToInt(l -> (Integer) l.get("atLeastEight")).sum()).isEqualTo(AT_LEAST_EIGHT);

        Map<String, Object> township = line(report("secretary-wulashan", "/api/star-ratings/report?campaign=" + pastoral).get("total"));
        Map<String, Object> wulashan = lines(report.get("byTownship")).stream().filter(l -> "wulashan".equals(l.get("code"))).findFirst().orElseThrow();
        assertThat(township).as("a township's report is its own branches'").containsEntry("participants", wulashan.get("participants"))
                .containsEntry("atLeastEight", wulashan.get("atLeastEight"));

        Map<String, Object> communityTotal = line(report("orgdept", "/api/star-ratings/report?campaign=" + community).get("total"));
        assertThat(communityTotal).containsEntry("atTen", TEN_STAR_COMMUNITY_MEMBERS);
        assertThat(jdbc.sql("select count(*) from member_star where campaign_id = ? and stars = 10 and status = 'CONFIRMED'").param(community)
                .query(Long.class).single()).isEqualTo(TEN_STAR_COMMUNITY_MEMBERS);
    }

    private void rateEveryBranch(long campaignId, java.util.function.Function<ScoreRow, BranchRatingService.Entry> entry) {
        List<BranchRating> branches = new ArrayList<>(flow.ratings(campaignId));
        assertThat(branches).isNotEmpty();
        for (BranchRating branch : branches) {
            flow.enter(branch, entry);
            flow.submitAndConfirm(branch);
        }
    }

    private Map<String, Object> report(String user, String path) {
        ResponseEntity<Map<String, Object>> response = http.get(user, path);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
