package cn.excellence.shared.engine.taskquery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The task page's indexes exist on the engine's tables once the application has started, with their columns in order. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class TaskPageIndexesTests {

    private final DataSource dataSource;
    private final TaskPageIndexes indexes;

    @Autowired
    TaskPageIndexesTests(DataSource dataSource, TaskPageIndexes indexes) {
        this.dataSource = dataSource;
        this.indexes = indexes;
    }

    @Test
    void candidateGroupLinksAreIndexedByGroupTypeAndTask() {
        assertThat(indexColumns("ACT_RU_IDENTITYLINK", "EXC_IDX_IDENT_LNK_GROUP_TASK")).containsExactly("GROUP_ID_", "TYPE_", "TASK_ID_");
    }

    @Test
    void tasksAreIndexedByIdWithTheirState() {
        assertThat(indexColumns("ACT_RU_TASK", "EXC_IDX_TASK_ID_STATE")).containsExactly("ID_", "SUSPENSION_STATE_", "TENANT_ID_");
    }

    @Test
    void aSecondStartFindsTheIndexesInPlace() {
        indexes.run(null);

        assertThat(indexColumns("ACT_RU_TASK", "EXC_IDX_TASK_ID_STATE")).hasSize(3);
    }

    /** The index's columns in order, whichever case the database keeps names in (H2 upper, PostgreSQL lower). */
    private List<String> indexColumns(String table, String index) {
        return new JdbcTemplate(dataSource).execute((java.sql.Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            Map<Short, String> columns = new TreeMap<>();
            for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
                try (ResultSet rows = meta.getIndexInfo(null, null, name, false, false)) {
                    collect(rows, index, columns);
                }
            }
            return List.copyOf(columns.values());
        });
    }

    private static void collect(ResultSet rows, String index, Map<Short, String> columns) throws SQLException {
        while (rows.next()) {
            if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                columns.put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
    }
}
