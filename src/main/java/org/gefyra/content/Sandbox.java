package org.gefyra.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A practice website ("sandbox") as module files see it: the id a practice step names, the goal
 * keys the sandbox checks, each with the values it can reach, and what a step's {@code settings:}
 * may change about the site, with the names that each text file then gives it under {@code site:}.
 * Every sandbox provides its own specification, next to its rules and its page, and lists it in
 * {@code META-INF/services/org.gefyra.content.Sandbox}; {@link Sandboxes} finds them all.
 */
public interface Sandbox {

    /** The id module files use, which is also the name of the sandbox's page. */
    String id();

    /** Every goal key the sandbox checks, with the values a practice step without settings may ask for. */
    Map<String, GoalValues> goals();

    /** The goal keys and their values for a step with these settings; by default the same as without. */
    default Map<String, GoalValues> goals(SiteSettings settings) {
        return goals();
    }

    /** Each setting a practice step may give, with what it accepts; none by default. */
    default Map<String, SettingValues> settings() {
        return Map.of();
    }

    /**
     * The names of the site that a text file gives under the step's {@code site:} for these
     * settings, such as "payee"; a name inside a group is "group.key", such as "services.x-ray".
     * Required in every language when the step has settings, otherwise all or none.
     */
    default List<String> names(SiteSettings settings) {
        return List.of();
    }

    default Set<String> goalKeys() {
        return goals().keySet();
    }

    default boolean accepts(String key, String value) {
        GoalValues values = goals().get(key);
        return values != null && value != null && values.accepts(value);
    }

    /** What an author may write for a goal key, to say in an error. */
    default ContentError.Words allowed(String key) {
        return goals().get(key).description();
    }
}
