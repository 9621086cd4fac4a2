package org.gefyra.report;

import java.util.List;

/**
 * The reports there are, each a list of tables: what the pages show and what the exports hold,
 * defined once so that both always agree.
 */
public enum ReportKind {
    /** Headline figures, the months, the organisations side by side (or the sites, in one organisation), DigComp. */
    DASHBOARD,
    /** Every measure by one dimension of the coordinator's choice. */
    TABLE,
    /** Organisations or cities side by side, as rates with the number of learners each rests on. */
    COMPARE,
    /** The learners' own view of each module. */
    FEEDBACK;

    static final List<Measure> OVER_MONTHS = List.of(Measure.LEARNERS_ACTIVE, Measure.NEW_LEARNERS,
            Measure.SESSIONS_HELD, Measure.ATTENDANCE, Measure.LEARNING_HOURS, Measure.MODULES_STARTED,
            Measure.MODULES_COMPLETED, Measure.COMPLETION_RATE);

    static final List<Measure> DIGCOMP = List.of(Measure.LEARNERS_ACTIVE, Measure.MODULES_STARTED,
            Measure.MODULES_COMPLETED, Measure.COMPLETION_RATE, Measure.QUIZ_FIRST_TRY, Measure.CONFIDENCE_GAIN);

    /** The dimensions a coordinator may choose for a table, or compare by. */
    public List<Dimension> choices() {
        return switch (this) {
            case TABLE -> List.of(Dimension.ORGANISATION, Dimension.CITY, Dimension.SITE, Dimension.MODULE,
                    Dimension.DIGCOMP_AREA, Dimension.DIGCOMP_COMPETENCE, Dimension.TARGET_GROUP, Dimension.AGE_BAND,
                    Dimension.LANGUAGE, Dimension.MONTH);
            case COMPARE -> List.of(Dimension.ORGANISATION, Dimension.CITY);
            default -> List.of();
        };
    }

    /** Whether the tables show, beside each figure, the number of learners it rests on. */
    public boolean showsLearners() {
        return this == COMPARE;
    }

    public String textKey() {
        return "reports.kind." + name();
    }
}
