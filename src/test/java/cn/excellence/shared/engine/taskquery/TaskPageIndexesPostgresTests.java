package cn.excellence.shared.engine.taskquery;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The task page's indexes on a real PostgreSQL, and the application's connections, which launch no parallel workers. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class TaskPageIndexesPostgresTests extends TaskPageIndexesTests {

    private final DataSource dataSource;

    @Autowired
    TaskPageIndexesPostgresTests(DataSource dataSource, TaskPageIndexes indexes) {
        super(dataSource, indexes);
        this.dataSource = dataSource;
    }

    @Test
    void theApplicationsConnectionsStartNoParallelWorkers() {
        assertThat(new JdbcTemplate(dataSource).queryForObject("show max_parallel_workers", String.class)).isEqualTo("0");
    }
}
