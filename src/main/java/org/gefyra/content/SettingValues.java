package org.gefyra.content;

import java.util.List;

/**
 * What a sandbox's setting accepts in a practice step's {@code settings:}: one of some words, or a
 * list of the module's own ids (named in the text files), and whether every step with settings
 * must give it.
 *
 * @param allowed the words it accepts; null for a list of the module's own ids
 */
public record SettingValues(List<String> allowed, boolean required, int minItems, int maxItems) {

    /** One word of {@code values}. */
    public static SettingValues oneOf(boolean required, List<String> values) {
        return new SettingValues(List.copyOf(values), required, 1, 1);
    }

    /** A list of {@code min} to {@code max} ids that the module chooses and its text files name. */
    public static SettingValues ids(boolean required, int min, int max) {
        return new SettingValues(null, required, min, max);
    }

    public boolean isList() {
        return allowed == null;
    }

    public boolean accepts(String value) {
        return isList() ? ModuleFileReader.ID.matcher(value).matches() : allowed.contains(value);
    }

    /** What an author may write, to say in an error. */
    public ContentError.Words description() {
        return isList() ? ContentError.Words.of("values.ids", String.valueOf(minItems), String.valueOf(maxItems))
                : ContentError.Words.of("values.oneOf", String.join(", ", allowed));
    }
}
