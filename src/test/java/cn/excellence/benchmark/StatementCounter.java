package cn.excellence.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements sent through one data source, whichever thread sends them (HTTP requests run on the server's
 * threads): a statement is one execution, a batch counts each of its entries.
 */
final class StatementCounter implements QueryExecutionListener {

    private final LongAdder statements = new LongAdder();
    private final LongAdder outsideEngine = new LongAdder();
    /** With {@code -Dbenchmark.statements=true}: how often each statement ran, to see which ones a cycle repeats. */
    private final Map<String, LongAdder> byText = Boolean.getBoolean("benchmark.statements") ? new ConcurrentHashMap<>() : null;
    private final Map<String, LongAdder> millisByText = Boolean.getBoolean("benchmark.statements") ? new ConcurrentHashMap<>() : null;
    /** The parameters each statement ran with last (with {@code -Dbenchmark.statements=true}), to explain it as it ran. */
    private final Map<String, List<Object>> lastParameters = Boolean.getBoolean("benchmark.statements") ? new ConcurrentHashMap<>() : null;

    /** The data source wrapped so that every statement sent through it is counted here. */
    DataSource counting(DataSource target, String name) {
        return ProxyDataSourceBuilder.create(target).name(name).listener(this).build();
    }

    long statements() {
        return statements.sum();
    }

    /** The statements on tables other than the engine's (ACT_*): the application's own domain, sessions, audit. */
    long outsideEngine() {
        return outsideEngine.sum();
    }

    /** The statements run most often since the last call, most frequent first (empty unless {@code -Dbenchmark.statements=true}). */
    List<String> mostFrequent(int limit, int cycles) {
        if (byText == null) {
            return List.of();
        }
        List<String> top = byText.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(limit)
                .map(e -> String.format("%6.1f  %s", e.getValue().sum() / (double) cycles,
                        e.getKey().length() > 220 ? e.getKey().substring(0, 220) + "…" : e.getKey()))
                .toList();
        byText.clear();
        millisByText.clear();
        return top;
    }

    /** The statements that took longest in all since the last call: milliseconds in all, count, text (in full). */
    List<String> slowest(int limit) {
        if (millisByText == null) {
            return List.of();
        }
        List<String> top = millisByText.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(limit)
                .map(e -> String.format("%8d ms %6d×  %s", e.getValue().sum(), byText.get(e.getKey()).sum(), e.getKey())).toList();
        millisByText.clear();
        byText.clear();
        return top;
    }

    /** The statements that took longest in all since the last call, each with the parameters it ran with last. */
    List<Map.Entry<String, List<Object>>> slowestWithParameters(int limit) {
        if (millisByText == null) {
            return List.of();
        }
        return millisByText.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(limit)
                .map(e -> Map.entry(e.getKey(), lastParameters.getOrDefault(e.getKey(), List.of()))).toList();
    }

    private static List<Object> parameters(List<ParameterSetOperation> operations) {
        Object[] values = new Object[operations.size()];
        for (ParameterSetOperation operation : operations) {
            Object[] args = operation.getArgs();
            if (args.length >= 2 && args[0] instanceof Integer index && index >= 1 && index <= values.length) {
                values[index - 1] = args[1];
            }
        }
        return java.util.Arrays.asList(values);
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        // counted once it ran
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        for (QueryInfo query : queries) {
            int count = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
            statements.add(count);
            if (byText != null) {
                String text = query.getQuery().replaceAll("\\s+", " ");
                byText.computeIfAbsent(text, q -> new LongAdder()).add(count);
                millisByText.computeIfAbsent(text, q -> new LongAdder()).add(execution.getElapsedTime());
                if (!execution.isBatch() && !query.getParametersList().isEmpty()) {
                    lastParameters.put(text, parameters(query.getParametersList().get(0)));
                }
            }
            if (!query.getQuery().toUpperCase(java.util.Locale.ROOT).contains("ACT_")) {
                outsideEngine.add(count);
            }
        }
    }
}
