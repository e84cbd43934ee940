package cn.excellence.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expressions are data, not code: what the shipped models say passes, every way out of that is refused. */
class ExpressionRulesTests {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");

    @Test
    void everyExpressionInTheShippedModelsIsAllowed() throws IOException {
        List<String> expressions = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = EXPRESSION.matcher(Files.readString(file).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&"));
                while (matcher.find()) {
                    expressions.add(matcher.group());
                }
            }
        }
        assertThat(expressions).hasSizeGreaterThan(50).contains("${!eligible}", "${periodsLeft > 0}");
        assertThat(expressions).allSatisfy(e -> assertThat(ExpressionRules.problem(e)).as(e).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${''.getClass().forName('java.lang.System').getMethod('getProperty', ''.getClass()).invoke(null, 'user.dir')}",
            "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/owned')}",
            "${fundLedger.book('POVERTY_LOAN_SUBSIDY', 100000, 'x')}",
            "${execution.getProcessEngineServices().getRuntimeService()}",
            "${execution.processEngineServices.runtimeService}",
            "${task.execution}",
            "${variableScope}",
            "${x['getClass']()}",
            "${name.getClass()}",
            "${name.concat('x')}",
            "${system:exit(0)}",
            "#{''.getClass()}",
            "${a == }",
    })
    void codeInAnExpressionIsRefused(String expression) {
        assertThat(ExpressionRules.problem(expression)).as(expression).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${approved}", "${!eligible}", "${reviewDecision == 'REJECT'}", "${amount > 200000 && kind != null}",
            "${reviewers.size() > 0}", "${loan['amount'] >= 100}", "${grade == 'AVERAGE' || grade == 'POOR'}", "${now()}",
            "${currentUser()}", "plain text 第一步", "${empty reviewers ? 0 : 1}"})
    void dataExpressionsAreAllowed(String expression) {
        assertThat(ExpressionRules.problem(expression)).as(expression).isEmpty();
    }

    @Test
    void aDelegateExpressionNamesOneBean() {
        assertThat(ExpressionRules.delegateName("${submitDutyReportListener}")).contains("submitDutyReportListener");
        assertThat(ExpressionRules.delegateName("${a.b}")).isEmpty();
        assertThat(ExpressionRules.delegateName("${a}${b}")).isEmpty();
        assertThat(ExpressionRules.delegateName(null)).isEmpty();
    }
}
