package cn.excellence.modeling;

import org.camunda.bpm.impl.juel.jakarta.el.ELContext;

/** Resolves a bare name to a delegate bean, and to nothing else of the application context. */
class DelegateBeanElResolver extends ReadOnlyElResolver {

    private final DelegateBeans delegates;

    DelegateBeanElResolver(DelegateBeans delegates) {
        this.delegates = delegates;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String name && delegates.isDelegate(name)) {
            context.setPropertyResolved(true);
            return delegates.bean(name);
        }
        return null;
    }
}
