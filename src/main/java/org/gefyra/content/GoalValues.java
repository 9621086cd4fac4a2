package org.gefyra.content;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The values a sandbox's goal key accepts, and how to describe them to an author in plain words:
 * {@code description} is a text of the {@code content-errors} bundle, said in the author's language.
 */
public record GoalValues(Predicate<String> rule, ContentError.Words description) {

    public static GoalValues oneOf(List<String> values) {
        List<String> allowed = List.copyOf(values);
        return new GoalValues(allowed::contains, ContentError.Words.of("values.oneOf", String.join(", ", allowed)));
    }

    /** Text matching {@code regex}, described to authors by the bundle's {@code descriptionCode}. */
    public static GoalValues matching(String regex, String descriptionCode, Object... arguments) {
        Pattern pattern = Pattern.compile(regex);
        return new GoalValues(value -> pattern.matcher(value).matches(), ContentError.Words.of(descriptionCode, arguments));
    }

    /** Any rule, described to authors by the bundle's {@code descriptionCode}. */
    public static GoalValues where(Predicate<String> rule, String descriptionCode, Object... arguments) {
        return new GoalValues(rule, ContentError.Words.of(descriptionCode, arguments));
    }

    public boolean accepts(String value) {
        return rule.test(value);
    }
}
