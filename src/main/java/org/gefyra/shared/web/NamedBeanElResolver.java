package org.gefyra.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the application's own named beans of a normal scope ({@code #{language}}, {@code #{caller}},
 * {@code #{stepView}}) without asking Weld each time. What Weld's resolver gives for such a name is
 * the bean's client proxy, the same object on every request, which reaches the instance of the
 * request (or the application) on each call; it is kept here after the first lookup. Weld's lookup
 * of the name (its namespaces, the bean, a creational context) was about 5% of a learner's step
 * page, which looks up a dozen names. Any other name (Faces' implicit objects, {@code @Dependent}
 * beans such as {@code #{msg}}, variables of a page) goes on to the other resolvers as before.
 */
public class NamedBeanElResolver extends ELResolver {

    private static final String OWN = "org.gefyra.";

    private final Map<String, Optional<Object>> known = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Optional<Object> bean = known.computeIfAbsent(name, NamedBeanElResolver::reference);
        if (bean.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(null, property);
        return bean.get();
    }

    private static Optional<Object> reference(String name) {
        BeanManager beans = CDI.current().getBeanManager();
        Set<Bean<?>> named = beans.getBeans(name);
        if (named.size() != 1) {
            return Optional.empty();
        }
        Bean<?> bean = named.iterator().next();
        if (!beans.isNormalScope(bean.getScope()) || !bean.getBeanClass().getName().startsWith(OWN)) {
            return Optional.empty();
        }
        CreationalContext<?> creation = beans.createCreationalContext(bean);
        return Optional.of(beans.getReference(bean, Object.class, creation));
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // left to the other resolvers (a named bean is not written)
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
