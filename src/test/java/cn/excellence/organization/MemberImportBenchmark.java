package cn.excellence.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;

/**
 * Benchmark (not part of {@code verify}: its name does not end in Tests; run it alone with
 * {@code ./mvnw test -Dtest=MemberImportBenchmark}): a 20,000-row roster, spread over the banner's branches,
 * imports through the API in under 30 seconds; the figures are printed.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class MemberImportBenchmark {

    static final int ROWS = 20_000;

    final Http http;
    final JdbcClient jdbc;

    @Autowired
    MemberImportBenchmark(@LocalServerPort int port, JdbcClient jdbc) {
        this.http = new Http(port);
        this.jdbc = jdbc;
    }

    @AfterEach
    void forgetImportedMembers() {
        jdbc.sql("delete from party_member where identity_number is not null").update();
    }

    @Test
    void twentyThousandRowsImportInUnderThirtySeconds() {
        List<String> branches = jdbc.sql("select code from organization where kind = 'BRANCH' order by code").query(String.class).list();
        byte[] file = RosterFiles.xlsx(IntStream.rangeClosed(1, ROWS).mapToObj(n -> RosterFiles.member(n, branches.get(n % branches.size())))
                .toList());
        long before = jdbc.sql("select count(*) from party_member").query(Long.class).single();

        long start = System.nanoTime();
        Map<String, Object> report = http.upload("orgdept", MemberImportTests.IMPORT + "?apply=true", "file", "roster.xlsx", file).getBody();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[benchmark] roster import: %,d rows (%,d bytes) in %.2f s, %,.0f rows/s%n", ROWS, file.length,
                took.toMillis() / 1000.0, ROWS * 1000.0 / Math.max(1, took.toMillis()));

        assertThat(report).containsEntry("rows", ROWS).containsEntry("inserted", ROWS).containsEntry("applied", true);
        assertThat(jdbc.sql("select count(*) from party_member").query(Long.class).single()).isEqualTo(before + ROWS);
        assertThat(took).as("benchmark gate").isLessThan(Duration.ofSeconds(30));

        start = System.nanoTime();
        Map<String, Object> again = http.upload("orgdept", MemberImportTests.IMPORT + "?apply=true", "file", "roster.xlsx", file).getBody();
        took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[benchmark] roster re-import (no change): %,d rows in %.2f s%n", ROWS, took.toMillis() / 1000.0);
        assertThat(again).containsEntry("unchanged", ROWS).containsEntry("inserted", 0).containsEntry("updated", 0);
        assertThat(took).as("benchmark gate").isLessThan(Duration.ofSeconds(30));
    }
}
