package cn.excellence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.Transaction;
import org.apache.ibatis.transaction.TransactionFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The engine's MyBatis mappings, read once per test JVM and database instead of once per test context (reading them is
 * nearly all of the engine's own configuration time). The parsed mappings are shared; each context's engine still gets
 * its own session factory on its own data source and transactions, so no context reaches another's database. Camunda
 * reads the mappings itself when its session factory is not set, as for the first context of each database here.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
public class SharedEngineMappings extends AbstractProcessEnginePlugin {

    private static final Map<String, Configuration> MAPPINGS = new ConcurrentHashMap<>();

    private final String product;

    /** {@code product}: the database's product name, as its JDBC metadata gives it. */
    public SharedEngineMappings(String product) {
        this.product = product;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        Configuration mappings = MAPPINGS.get(key(engine));
        if (mappings != null && engine.getSqlSessionFactory() == null) {
            engine.setSqlSessionFactory(new EngineSessions(mappings, new Environment("default", transactions(engine), engine.getDataSource())));
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        Configuration parsed = engine.getSqlSessionFactory().getConfiguration();
        if (!(engine.getSqlSessionFactory() instanceof EngineSessions) && MAPPINGS.putIfAbsent(key(engine), parsed) == null) {
            Environment own = parsed.getEnvironment();
            EngineSessions sessions = new EngineSessions(parsed, own);
            engine.setSqlSessionFactory(sessions);
            engine.getDbSqlSessionFactory().setSqlSessionFactory(sessions);
            // from now on the shared mappings name no database: each engine's sessions come from its own environment
            parsed.setEnvironment(new Environment(own.getId(), own.getTransactionFactory(), new NoDataSource()));
        }
    }

    /** What the parse depends on: the database and the settings Camunda reads into the mappings. */
    private String key(ProcessEngineConfigurationImpl engine) {
        return product + "|" + engine.getDatabaseTablePrefix() + "|" + engine.getJdbcStatementTimeout() + "|" + engine.isJdbcBatchProcessing()
;
    }

    private static TransactionFactory transactions(ProcessEngineConfigurationImpl engine) {
        if (engine.getTransactionFactory() != null) {
            return engine.getTransactionFactory();
        }
        return engine.isTransactionsExternallyManaged() ? new org.apache.ibatis.transaction.managed.ManagedTransactionFactory()
                : new org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory();
    }

    /** One engine's sessions: the shared mappings, its own data source and transactions (what MyBatis's default factory does). */
    record EngineSessions(Configuration mappings, Environment environment) implements SqlSessionFactory {

        @Override
        public SqlSession openSession() {
            return open(mappings.getDefaultExecutorType(), null, false);
        }

        @Override
        public SqlSession openSession(boolean autoCommit) {
            return open(mappings.getDefaultExecutorType(), null, autoCommit);
        }

        @Override
        public SqlSession openSession(Connection connection) {
            return open(mappings.getDefaultExecutorType(), connection);
        }

        @Override
        public SqlSession openSession(TransactionIsolationLevel level) {
            return open(mappings.getDefaultExecutorType(), level, false);
        }

        @Override
        public SqlSession openSession(ExecutorType type) {
            return open(type, null, false);
        }

        @Override
        public SqlSession openSession(ExecutorType type, boolean autoCommit) {
            return open(type, null, autoCommit);
        }

        @Override
        public SqlSession openSession(ExecutorType type, TransactionIsolationLevel level) {
            return open(type, level, false);
        }

        @Override
        public SqlSession openSession(ExecutorType type, Connection connection) {
            return open(type, connection);
        }

        @Override
        public Configuration getConfiguration() {
            return mappings;
        }

        private SqlSession open(ExecutorType type, TransactionIsolationLevel level, boolean autoCommit) {
            Transaction transaction = environment.getTransactionFactory().newTransaction(environment.getDataSource(), level, autoCommit);
            Executor executor = mappings.newExecutor(transaction, type);
            return new DefaultSqlSession(mappings, executor, autoCommit);
        }

        private SqlSession open(ExecutorType type, Connection connection) {
            boolean autoCommit;
            try {
                autoCommit = connection.getAutoCommit();
            } catch (SQLException e) {
                autoCommit = true;
            }
            Transaction transaction = environment.getTransactionFactory().newTransaction(connection);
            return new DefaultSqlSession(mappings, mappings.newExecutor(transaction, type), autoCommit);
        }
    }

    /** The shared mappings' own environment: never used, and loud if it were. */
    static final class NoDataSource extends AbstractDataSource {

        @Override
        public Connection getConnection() {
            throw new IllegalStateException("the shared engine mappings have no database: use an engine's own session factory");
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }
    }
}
