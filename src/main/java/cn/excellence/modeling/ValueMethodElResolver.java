package cn.excellence.modeling;

import java.beans.FeatureDescriptor;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;

import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Calls the methods {@link ExpressionRules#METHODS} allows, on plain values only (text, numbers,
 * booleans, dates, lists, maps). It reads no bean properties: an engine object or a bean that
 * reaches an expression offers nothing to call or read.
 */
class ValueMethodElResolver extends ELResolver {

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

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // values are never written from an expression
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return Collections.emptyIterator();
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
