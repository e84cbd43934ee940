package cn.excellence.modeling;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

import cn.excellence.shared.TextRules;

/**
 * What an expression in a model may say: it is data, not code. Variables, literals, operators,
 * reading a map's or list's entries, a few harmless methods on values ({@link #METHODS}) and the
 * engine's date and user functions ({@link #FUNCTIONS}). No other method calls (so no reflection),
 * no engine objects ({@link #ENGINE_OBJECTS}), no beans other than delegates (the run-time resolver
 * refuses them). Checked when a model is validated and again whenever the engine parses an expression.
 */
public final class ExpressionRules {

    /** Methods an expression may call on a value (a string, number, boolean, date, list or map). */
    static final Set<String> METHODS = Set.of("toString", "size", "isEmpty", "contains", "containsKey", "startsWith", "endsWith",
            "length", "equals", "intValue", "longValue");
    /** The engine's own functions (DateTimeFunctions, CommandContextFunctions). */
    static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
    /** Names that would hand the expression an engine object to roam from. */
    static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "variableScope", "externalTask", "caseExecution");

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    private static final Pattern DELEGATE = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)\\s*}");
    private static final int MAX_LENGTH = 2000;
    private static final int QUOTED_LENGTH = 60;

    private ExpressionRules() {
    }

    /** Why the expression is refused, in Chinese, or empty when it may be used. */
    public static Optional<String> problem(String expression) {
        if (expression == null || !(expression.contains("${") || expression.contains("#{"))) {
            return Optional.empty();
        }
        if (expression.length() > MAX_LENGTH) {
            return Optional.of("表达式过长（最多 " + MAX_LENGTH + " 个字符）。");
        }
        try {
            return check(PARSER.build(expression).getRoot());
        } catch (TreeBuilderException e) {
            return Optional.of("表达式“" + abbreviate(expression) + "”写法有误。");
        }
    }

    /** The bean a delegate expression names ({@code ${beanName}}), or empty when it is not of that form. */
    public static Optional<String> delegateName(String expression) {
        Matcher matcher = DELEGATE.matcher(expression == null ? "" : expression.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> check(Node node) {
        if (node instanceof AstIdentifier identifier && ENGINE_OBJECTS.contains(identifier.getName())) {
            return Optional.of("表达式不得使用引擎对象“" + identifier.getName() + "”，只能使用流程变量。");
        }
        if (node instanceof AstMethod) {
            Node target = node.getChild(0);
            if (!(target instanceof AstDot dot) || !METHODS.contains(name(dot))) {
                return Optional.of("表达式只能调用这些方法：" + String.join("、", METHODS.stream().sorted().toList()) + "。");
            }
        } else if (node instanceof AstFunction function && !FUNCTIONS.contains(function.getName())) {
            return Optional.of("表达式不得调用函数“" + function.getName() + "”。");
        } else if (!allowed(node)) {
            return Optional.of("表达式含有不允许的写法。");
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<String> problem = check(node.getChild(i));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static boolean allowed(Node node) {
        return node instanceof AstComposite || node instanceof AstEval || node instanceof AstText || node instanceof AstIdentifier
                || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice || node instanceof AstNested
                || node instanceof AstNumber || node instanceof AstString || node instanceof AstBoolean || node instanceof AstNull
                || node instanceof AstDot || node instanceof AstBracket || node instanceof AstParameters || node instanceof AstFunction;
    }

    /** AstDot keeps its property name to itself; its text form is ". name". */
    private static String name(AstDot dot) {
        return dot.toString().substring(2);
    }

    /** An expression or a parser's message, cut for quoting in a problem. */
    static String abbreviate(String text) {
        return TextRules.abbreviate(text, QUOTED_LENGTH);
    }
}
