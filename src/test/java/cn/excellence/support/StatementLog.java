package cn.excellence.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * The SQL statements the current thread sends while it does one piece of work, counted by a datasource proxy around the
 * application's data source ({@code @Import(StatementLog.class)}, then {@code statements.during(() -> …)}): a test that
 * bounds the statements of a task completion fails when a change makes it read the same rows again. A batch counts each
 * of its entries.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog implements QueryExecutionListener {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();
    private volatile List<String> anyThread;

    @Bean
    static BeanPostProcessor countedDataSource(org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name(name).listener(log.getObject()).build();
                }
                return bean;
            }
        };
    }

    /** The statements (their SQL, whitespace folded) this thread sent while doing the work. */
    public List<String> during(Runnable work) {
        return recorded(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** The work's result and the statements this thread sent while doing it. */
    public <T> Recorded<T> recorded(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            T result = work.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            recording.remove();
        }
    }

    /** The statements every thread sent while the work ran: what the embedded server's threads did to answer a request. */
    public List<String> duringOnAnyThread(Runnable work) {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        anyThread = statements;
        try {
            work.run();
        } finally {
            anyThread = null;
        }
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    public record Recorded<T>(T result, List<String> statements) {
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        // recorded once sent
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        record(recording.get(), execution, queries);
        record(anyThread, execution, queries);
    }

    private static void record(List<String> statements, ExecutionInfo execution, List<QueryInfo> queries) {
        if (statements == null) {
            return;
        }
        for (QueryInfo query : queries) {
            int count = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
            for (int i = 0; i < count; i++) {
                statements.add(query.getQuery().replaceAll("\\s+", " ").strip());
            }
        }
    }
}
