package org.gefyra.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.enterprise.context.NormalScope;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happens to a view or session bean when the server passivates a session (writes it to disk
 * or to another server) and restores it: Java serialisation of everything the bean holds. In the
 * container, injected normal-scoped beans are client proxies that serialise as a reference and
 * come back connected; here they are left out, and {@link #reconnect} puts them back.
 */
public final class Passivation {

    private Passivation() {
    }

    /** Serialises the bean without its injected proxies and reads it back, as a session store would. */
    @SuppressWarnings("unchecked")
    public static <T> T passivateAndRestore(T bean) {
        Map<Field, Object> proxies = new LinkedHashMap<>();
        for (Field field : proxyFields(bean.getClass())) {
            proxies.put(field, get(field, bean));
            set(field, bean, null);
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(bean);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException failed) {
            throw new AssertionError(bean.getClass().getSimpleName() + " cannot be passivated: " + failed, failed);
        } finally {
            proxies.forEach((field, proxy) -> set(field, bean, proxy));
        }
    }

    /** Gives a restored bean the injected beans of the original, as the container's proxies would find them again. */
    public static <T> T reconnect(T restored, T original) {
        for (Field field : proxyFields(original.getClass())) {
            set(field, restored, get(field, original));
        }
        return restored;
    }

    /** The injected fields that hold client proxies of normal-scoped beans, in the class and its superclasses. */
    public static List<Field> proxyFields(Class<?> type) {
        return fields(type).stream().filter(f -> f.isAnnotationPresent(Inject.class) && isNormalScoped(f.getType())).toList();
    }

    public static boolean isNormalScoped(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(NormalScope.class)) {
                return true;
            }
        }
        return false;
    }

    /** Every instance field of the class and its superclasses. */
    public static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** Asserts that the restored bean holds the same state as the original, field by field, all the way down. */
    public static void assertSameState(Object original, Object restored) {
        assertSameState(original, restored, original.getClass().getSimpleName());
    }

    private static void assertSameState(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            assertSame(expected, actual, path);
            return;
        }
        assertEquals(expected.getClass(), actual.getClass(), path);
        if (expected.getClass().isArray()) {
            assertEquals(java.lang.reflect.Array.getLength(expected), java.lang.reflect.Array.getLength(actual), path + ".length");
            for (int i = 0; i < java.lang.reflect.Array.getLength(expected); i++) {
                assertSameState(java.lang.reflect.Array.get(expected, i), java.lang.reflect.Array.get(actual, i), path + "[" + i + "]");
            }
        } else if (hasOwnEquals(expected.getClass())) {
            assertEquals(expected, actual, path);
        } else if (expected instanceof Collection<?> list) {
            Collection<?> other = (Collection<?>) actual;
            assertEquals(list.size(), other.size(), path + ".size");
            Iterator<?> e = list.iterator();
            Iterator<?> a = other.iterator();
            for (int i = 0; e.hasNext(); i++) {
                assertSameState(e.next(), a.next(), path + "[" + i + "]");
            }
        } else if (expected instanceof Map<?, ?> map) {
            Map<?, ?> other = (Map<?, ?>) actual;
            assertEquals(map.keySet(), other.keySet(), path + ".keys");
            map.forEach((key, value) -> assertSameState(value, other.get(key), path + "[" + key + "]"));
        } else {
            for (Field field : fields(expected.getClass())) {
                if (!Modifier.isTransient(field.getModifiers()) && !proxyFields(expected.getClass()).contains(field)) {
                    assertSameState(get(field, expected), get(field, actual), path + "." + field.getName());
                }
            }
        }
    }

    private static boolean hasOwnEquals(Class<?> type) {
        if (type.isEnum() || type.isRecord() || type.getName().startsWith("java.lang.")) {
            return true;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod("equals", Object.class);
                return !(Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type));
            } catch (NoSuchMethodException notHere) {
                // look in the superclass
            }
        }
        return false;
    }

    static Object get(Field field, Object bean) {
        try {
            return field.get(bean);
        } catch (IllegalAccessException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    static void set(Field field, Object bean, Object value) {
        try {
            field.set(bean, value);
        } catch (IllegalAccessException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }
}
