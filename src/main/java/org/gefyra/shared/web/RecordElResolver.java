package org.gefyra.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets pages read records' components as properties ({@code #{choice.code}}): Expression
 * Language 5, in Jakarta EE 10, only knows getters. Read-only, like records.
 */
public class RecordElResolver extends ELResolver {

    /** Each record class's accessors by name, found once: asking the class every time costs every page. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                component.getAccessor().setAccessible(true);
                accessors.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = component(base, property);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            return null;
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(String.valueOf(property));
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static Method component(Object base, Object property) {
        if (base == null || !base.getClass().isRecord() || !(property instanceof String name)) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(name);
    }
}
