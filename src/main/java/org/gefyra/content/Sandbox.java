package org.gefyra.content;

import java.util.Map;
import java.util.Set;

/**
 * A practice website ("sandbox") as module files see it: the id a practice step names, and the
 * goal keys the sandbox checks, each with the values it can reach. Every sandbox provides its own
 * specification, next to its rules and its page, and lists it in
 * {@code META-INF/services/org.gefyra.content.Sandbox}; {@link Sandboxes} finds them all.
 */
public interface Sandbox {

    /** The id module files use, which is also the name of the sandbox's page. */
    String id();

    /** Every goal key the sandbox checks, with the values a practice step may ask for. */
    Map<String, GoalValues> goals();

    default Set<String> goalKeys() {
        return goals().keySet();
    }

    default boolean accepts(String key, String value) {
        GoalValues values = goals().get(key);
        return values != null && value != null && values.accepts(value);
    }

    /** What an author may write for a goal key, to say in an error. */
    default String allowed(String key) {
        return goals().get(key).description();
    }
}
