package org.gefyra.content;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a practice step's {@code settings:} choose about its pretend website (the kind of bill,
 * the services on offer...), as written in {@code module.yaml}. A single value is a list of one.
 * {@link #NONE} for a step without settings: the sandbox is exactly as it always was.
 */
public record SiteSettings(boolean isGiven, Map<String, List<String>> values) implements Serializable {

    public static final SiteSettings NONE = new SiteSettings(false, Map.of());

    public SiteSettings {
        values = Map.copyOf(values);
    }

    public static SiteSettings of(Map<String, List<String>> values) {
        return new SiteSettings(true, values);
    }

    /** The one value of a setting, or {@code otherwise} when the step does not give it. */
    public String value(String key, String otherwise) {
        List<String> given = values.get(key);
        return given == null || given.isEmpty() ? otherwise : given.get(0);
    }

    /** The values of a list setting, or {@code otherwise} when the step does not give it. */
    public List<String> list(String key, List<String> otherwise) {
        return values.getOrDefault(key, otherwise);
    }
}
