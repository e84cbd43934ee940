package cn.excellence.shared.engine.taskquery;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;

/** The task page's indexes on a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class TaskPageIndexesPostgresTests extends TaskPageIndexesTests {

    @Autowired
    TaskPageIndexesPostgresTests(DataSource dataSource, TaskPageIndexes indexes) {
        super(dataSource, indexes);
    }
}
