package cn.excellence.modeling;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;

/**
 * Calls the methods {@link ExpressionRules#METHODS} allows, on plain values only (text, numbers,
 * booleans, dates, lists, maps). It reads no bean properties: an engine object or a bean that
 * reaches an expression offers nothing to call or read.
 */
class ValueMethodElResolver extends ReadOnlyElResolver {

    private final BeanELResolver methods = new BeanELResolver(true);

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base != null && isValue(base) && method instanceof String name && ExpressionRules.METHODS.contains(name)) {
            return methods.invoke(context, base, method, paramTypes, params);
        }
        return null;
    }

    private static boolean isValue(Object base) {
        return base instanceof CharSequence || base instanceof Number || base instanceof Boolean || base instanceof Character
                || base instanceof Collection || base instanceof Map || base instanceof Date || base instanceof TemporalAccessor
                || base instanceof Enum;
    }
}
