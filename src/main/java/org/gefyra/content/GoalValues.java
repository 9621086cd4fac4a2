package org.gefyra.content;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The values a sandbox's goal key accepts, and how to describe them to an author. */
public record GoalValues(Predicate<String> rule, String description) {

    public static GoalValues oneOf(List<String> values) {
        List<String> allowed = List.copyOf(values);
        return new GoalValues(allowed::contains, String.join(", ", allowed));
    }

    public static GoalValues matching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new GoalValues(value -> pattern.matcher(value).matches(), "text matching " + regex);
    }

    public boolean accepts(String value) {
        return rule.test(value);
    }
}
