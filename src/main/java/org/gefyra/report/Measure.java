package org.gefyra.report;

import java.util.List;

/**
 * One figure a report can show, with the kind of number it is and the query family that the
 * database answers it with (see {@link ReportQueries}). Every figure also says on how many distinct
 * learners it rests, and is hidden under five.
 */
public enum Measure {
    LEARNERS_ACTIVE(Family.ACTIVITY, Kind.COUNT),
    NEW_LEARNERS(Family.REGISTRATIONS, Kind.COUNT),
    RETURNING_LEARNERS(Family.RETURNING, Kind.COUNT),
    SESSIONS_HELD(Family.SESSIONS, Kind.COUNT),
    ATTENDANCE(Family.SESSIONS, Kind.COUNT),
    LEARNING_HOURS(Family.ACTIVITY, Kind.HOURS),
    HOURS_PER_LEARNER(Family.ACTIVITY, Kind.HOURS),
    MODULES_STARTED(Family.STARTS, Kind.COUNT),
    MODULES_COMPLETED(Family.COMPLETIONS, Kind.COUNT),
    COMPLETION_RATE(Family.STARTS, Kind.PERCENT),
    MEDIAN_MINUTES_TO_COMPLETE(Family.TIME_TO_COMPLETE, Kind.MINUTES),
    QUIZ_FIRST_TRY(Family.QUIZ, Kind.PERCENT),
    GOALS_REACHED(Family.GOALS, Kind.COUNT),
    CONFIDENCE_BEFORE(Family.COMPLETIONS, Kind.RATING),
    CONFIDENCE_AFTER(Family.COMPLETIONS, Kind.RATING),
    CONFIDENCE_GAIN(Family.COMPLETIONS, Kind.GAIN),
    SHARE_GAINED(Family.COMPLETIONS, Kind.PERCENT),
    CERTIFICATES(Family.CERTIFICATES, Kind.COUNT),
    FEEDBACK_ANSWERS(Family.FEEDBACK, Kind.COUNT),
    USEFUL_VERY(Family.FEEDBACK, Kind.PERCENT),
    USEFUL_A_LITTLE(Family.FEEDBACK, Kind.PERCENT),
    USEFUL_NOT(Family.FEEDBACK, Kind.PERCENT),
    HARD_READING(Family.FEEDBACK_HARD, Kind.PERCENT),
    HARD_WORDS(Family.FEEDBACK_HARD, Kind.PERCENT),
    HARD_QUESTIONS(Family.FEEDBACK_HARD, Kind.PERCENT),
    HARD_PRACTICE(Family.FEEDBACK_HARD, Kind.PERCENT),
    HARD_SCREEN(Family.FEEDBACK_HARD, Kind.PERCENT);

    /** The kind of number: how it is written and whether rows of it add up. */
    public enum Kind {
        COUNT, HOURS, PERCENT, MINUTES, RATING, GAIN
    }

    /** Measures answered by the same query. */
    enum Family {
        ACTIVITY, REGISTRATIONS, RETURNING, SESSIONS, STARTS, COMPLETIONS, TIME_TO_COMPLETE, QUIZ, GOALS, CERTIFICATES,
        FEEDBACK, FEEDBACK_HARD
    }

    /** The measures of the headline figures, in order. */
    public static final List<Measure> HEADLINE = List.of(LEARNERS_ACTIVE, NEW_LEARNERS, RETURNING_LEARNERS,
            SESSIONS_HELD, ATTENDANCE, LEARNING_HOURS, HOURS_PER_LEARNER, MODULES_STARTED, MODULES_COMPLETED,
            COMPLETION_RATE, MEDIAN_MINUTES_TO_COMPLETE, QUIZ_FIRST_TRY, GOALS_REACHED, CONFIDENCE_BEFORE,
            CONFIDENCE_AFTER, CONFIDENCE_GAIN, SHARE_GAINED, CERTIFICATES);

    /** The rates a network coordinator compares places on: fair between places of different sizes. */
    public static final List<Measure> RATES = List.of(LEARNERS_ACTIVE, COMPLETION_RATE, CONFIDENCE_GAIN,
            SHARE_GAINED, HOURS_PER_LEARNER, QUIZ_FIRST_TRY, MEDIAN_MINUTES_TO_COMPLETE);

    /** The learners' own view of the modules. */
    public static final List<Measure> FEEDBACK = List.of(FEEDBACK_ANSWERS, USEFUL_VERY, USEFUL_A_LITTLE, USEFUL_NOT,
            HARD_READING, HARD_WORDS, HARD_QUESTIONS, HARD_PRACTICE, HARD_SCREEN);

    private final Family family;
    private final Kind kind;

    Measure(Family family, Kind kind) {
        this.family = family;
        this.kind = kind;
    }

    Family family() {
        return family;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the measure means anything for rows of this dimension under this filter. */
    public boolean appliesTo(Dimension dimension, ReportFilter filter) {
        if (family == Family.REGISTRATIONS) {
            return !dimension.isAboutModules() && filter.moduleId() == null;
        }
        return true;
    }

    /** Whether the rows of this measure add up to its total (counts and hours do; rates do not). */
    public boolean isAdditive() {
        return kind == Kind.COUNT || kind == Kind.HOURS && this != HOURS_PER_LEARNER;
    }

    /** The key of its name in the texts. */
    public String textKey() {
        return "reports.measure." + name();
    }
}
