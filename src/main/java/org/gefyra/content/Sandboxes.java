package org.gefyra.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every sandbox the application has, found through {@link java.util.ServiceLoader}: the sandboxes
 * live above content (with the learner's progress), so content knows only their specifications.
 */
public final class Sandboxes {

    private static final Map<String, Sandbox> BY_ID = load();

    private Sandboxes() {
    }

    public static Optional<Sandbox> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The ids, in the order of the services file. */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    private static Map<String, Sandbox> load() {
        Map<String, Sandbox> byId = new LinkedHashMap<>();
        for (Sandbox sandbox : ServiceLoader.load(Sandbox.class, Sandbox.class.getClassLoader())) {
            if (byId.putIfAbsent(sandbox.id(), sandbox) != null) {
                throw new IllegalStateException("Two sandboxes have the id " + sandbox.id());
            }
        }
        return byId;
    }
}
