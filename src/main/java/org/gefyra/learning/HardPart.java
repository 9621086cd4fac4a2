package org.gefyra.learning;

/** What a learner found hard in a lesson, from a short list they may tick after finishing it. */
public enum HardPart {
    READING, WORDS, QUESTIONS, PRACTICE, SCREEN
}
