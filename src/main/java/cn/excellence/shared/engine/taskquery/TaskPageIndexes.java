package cn.excellence.shared.engine.taskquery;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.excellence.shared.jdbc.SetupLock;

/**
 * Indexes on the engine's tables for the task page: a candidate-group task list (Tasklist's filters, {@code /engine-rest/task}
 * with {@code candidateGroup}) and its total count find the group's task ids in the first index alone, already in task-id order,
 * and read each task's state from the second, so the engine's {@code count(distinct RES.ID_)} needs neither a hash of every
 * identity link nor a sort. The engine creates its tables after Flyway has run, so these are made here, once the engine's schema
 * exists, on every start ({@code if not exists}: a new database and an upgraded one alike), under the set-up lock so nodes starting
 * together do not race. H2 and PostgreSQL take the same statements.
 */
@Component
@Order(0)
class TaskPageIndexes implements ApplicationRunner {

    static final List<String> STATEMENTS = List.of(
            "create index if not exists EXC_IDX_IDENT_LNK_GROUP_TASK on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
            "create index if not exists EXC_IDX_TASK_ID_STATE on ACT_RU_TASK (ID_, SUSPENSION_STATE_, TENANT_ID_)");
    private static final Logger log = LoggerFactory.getLogger(TaskPageIndexes.class);

    private final JdbcClient jdbc;
    private final SetupLock setup;

    TaskPageIndexes(JdbcClient jdbc, SetupLock setup) {
        this.jdbc = jdbc;
        this.setup = setup;
    }

    @Override
    public void run(ApplicationArguments args) {
        setup.run(() -> STATEMENTS.forEach(statement -> jdbc.sql(statement).update()));
        log.debug("task page indexes in place");
    }
}
