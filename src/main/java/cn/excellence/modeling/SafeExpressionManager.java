package cn.excellence.modeling;

import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;
import org.springframework.context.ApplicationContext;

import cn.excellence.shared.engine.ExpressionRefusedException;

/**
 * The engine's expression manager, restricted: every expression the engine parses (at deployment,
 * and again whenever a stored model is loaded) must pass {@link ExpressionRules}; at run time names
 * resolve to variables and delegate beans only, entries of maps, lists and arrays can be read, and
 * methods are called only on plain values. So a model already in the database cannot escape either.
 */
class SafeExpressionManager extends SpringExpressionManager {

    private final DelegateBeans delegates;

    SafeExpressionManager(ApplicationContext context, DelegateBeans delegates) {
        super(context, null);
        this.delegates = delegates;
    }

    @Override
    public ValueExpression createValueExpression(String expression) {
        ExpressionRules.problem(expression).ifPresent(problem -> {
            throw ExpressionRefusedException.expression(expression, problem);
        });
        return super.createValueExpression(expression);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new DelegateBeanElResolver(delegates));
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        resolver.add(new ValueMethodElResolver());
        return resolver;
    }
}
