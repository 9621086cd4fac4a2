package org.gefyra.learning;

import java.util.Arrays;
import java.util.Optional;

/** "Was this lesson useful?", as the learner answers with one of three faces. */
public enum Usefulness {
    NOT_USEFUL(1), A_LITTLE(2), VERY(3);

    private final int value;

    Usefulness(int value) {
        this.value = value;
    }

    /** As stored, and as the reports count it: 1 to 3. */
    public int value() {
        return value;
    }

    public static Optional<Usefulness> of(int value) {
        return Arrays.stream(values()).filter(u -> u.value == value).findFirst();
    }
}
