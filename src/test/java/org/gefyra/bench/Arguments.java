package org.gefyra.bench;

import java.util.HashMap;
import java.util.Map;

/** Command-line arguments written {@code name=value}, with defaults. */
record Arguments(Map<String, String> values) {

    static Arguments of(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Arguments are written name=value: " + arg);
            }
            values.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        return new Arguments(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int number(String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
    }

    long longNumber(String name, long otherwise) {
        return values.containsKey(name) ? Long.parseLong(values.get(name).replace("_", "")) : otherwise;
    }
}
