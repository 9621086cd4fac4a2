package org.gefyra.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills every field a bean holds (except injected proxies) with a value of its declared type, all
 * the way down: what a user's clicks could leave in it. A type it cannot make fails the test, so
 * that a new kind of state gets a thought about passivation.
 */
final class ExampleState {

    private ExampleState() {
    }

    static void fill(Object bean) {
        List<Field> proxies = Passivation.proxyFields(bean.getClass());
        for (Field field : Passivation.fields(bean.getClass())) {
            if (!proxies.contains(field)) {
                Passivation.set(field, bean, example(field.getGenericType(), field.getName(), 0));
            }
        }
    }

    private static Object example(Type type, String name, int depth) {
        if (depth > 6) {
            throw new AssertionError("State nested too deep to make an example of, at " + name);
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "example-" + name;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == int.class || raw == Integer.class) {
            return 3;
        }
        if (raw == long.class || raw == Long.class) {
            return 42L;
        }
        if (raw == short.class || raw == Short.class) {
            return (short) 2;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("42.50");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 10, 14);
        }
        if (raw == java.time.LocalTime.class) {
            return java.time.LocalTime.of(9, 30);
        }
        if (raw == java.time.LocalDateTime.class) {
            return LocalDate.of(2026, 10, 14).atTime(9, 30);
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-10-14T09:30:00Z");
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (raw == EnumSet.class) {
            return enumSet(argument(type, 0));
        }
        if (raw == List.class || raw == java.util.Collection.class) {
            return new ArrayList<>(List.of(example(argument(type, 0), name + "[0]", depth + 1)));
        }
        if (raw == Set.class) {
            return new LinkedHashSet<>(Set.of(example(argument(type, 0), name + "[0]", depth + 1)));
        }
        if (raw == Map.class || raw == LinkedHashMap.class) {
            Map<Object, Object> map = new LinkedHashMap<>();
            map.put(example(argument(type, 0), name + ".key", depth + 1), example(argument(type, 1), name + ".value", depth + 1));
            return map;
        }
        if (raw.isArray()) {
            Object array = java.lang.reflect.Array.newInstance(raw.getComponentType(), 1);
            java.lang.reflect.Array.set(array, 0, example(raw.getComponentType(), name + "[0]", depth + 1));
            return array;
        }
        if (raw.isRecord()) {
            return record(raw, name, depth);
        }
        return object(raw, name, depth);
    }

    private static Object record(Class<?> type, String name, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = example(components[i].getGenericType(), name + "." + components[i].getName(), depth + 1);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException cannot) {
            throw new AssertionError("Cannot make an example " + type.getSimpleName() + " for " + name, cannot);
        }
    }

    private static Object object(Class<?> type, String name, int depth) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new AssertionError("No example for " + name + " of type " + type.getName()
                    + ": teach ExampleState this type, and check it survives passivation");
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object value = constructor.newInstance();
            for (Field field : Passivation.fields(type)) {
                if (!Modifier.isTransient(field.getModifiers())) {
                    Passivation.set(field, value, example(field.getGenericType(), name + "." + field.getName(), depth + 1));
                }
            }
            return value;
        } catch (ReflectiveOperationException cannot) {
            throw new AssertionError("No example for " + name + " of type " + type.getName(), cannot);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumSet(Type element) {
        Class<? extends Enum> type = (Class<? extends Enum>) raw(element);
        return EnumSet.of(type.getEnumConstants()[0]);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        throw new AssertionError("A collection without its element type: " + type);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new AssertionError("No example for a value of type " + type);
    }
}
