package org.gefyra.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a learner does on a step: read a page, answer a question, or practise in a sandbox. */
public enum StepType {
    READ, QUIZ, PRACTICE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StepType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
