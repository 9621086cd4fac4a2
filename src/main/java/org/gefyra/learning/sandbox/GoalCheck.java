package org.gefyra.learning.sandbox;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Whether a learner's attempt in a sandbox reaches the practice step's goal, and, when it does
 * not, every difference, so that the learner can be told exactly what to change. A goal key the
 * step does not set accepts anything. A goal of several like parts also says how many are done
 * ({@code parts}, null for other goals): parts still to do are no mistake.
 */
public record GoalCheck(List<Difference> differences, GoalParts parts) implements Serializable {

    public GoalCheck {
        differences = List.copyOf(differences);
    }

    public GoalCheck(List<Difference> differences) {
        this(differences, null);
    }

    public static GoalCheck reached() {
        return new GoalCheck(List.of());
    }

    public boolean isReached() {
        return differences.isEmpty() && (parts == null || parts.isComplete());
    }

    /** Compares values of goal keys, each as the learner gave it, with a rule for "the same". */
    public static final class Builder {
        private final Map<String, String> goal;
        private final List<Difference> differences = new ArrayList<>();
        private GoalParts parts;

        public Builder(Map<String, String> goal) {
            this.goal = goal == null ? Map.of() : goal;
        }

        public Builder same(String key, String chosen) {
            return compare(key, chosen, String::equals);
        }

        /** {@code same} says whether the wanted value and the learner's are the same. */
        public Builder compare(String key, String chosen, BiPredicate<String, String> same) {
            String wanted = goal.get(key);
            if (wanted != null && (chosen == null || !same.test(wanted, chosen))) {
                differences.add(new Difference(key, chosen, wanted));
            }
            return this;
        }

        public Builder add(Difference difference) {
            differences.add(difference);
            return this;
        }

        public Builder parts(GoalParts done) {
            parts = done;
            return this;
        }

        public GoalCheck build() {
            return new GoalCheck(differences, parts);
        }
    }
}
