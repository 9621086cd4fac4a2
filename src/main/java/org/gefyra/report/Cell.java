package org.gefyra.report;

/**
 * One figure of a report: its value (null where there is none, such as a rate of nobody), the
 * number of distinct learners it rests on, and whether it may be shown.
 */
public record Cell(Double value, long learners, Shown shown) {

    /** Whether and why a figure is shown. */
    public enum Shown {
        /** Shown as it is. */
        YES,
        /** Rests on fewer than five learners: shown as "fewer than 5". */
        FEWER_THAN_FIVE,
        /** Big enough, but hidden so that a hidden figure cannot be worked out by subtraction. */
        PROTECTS_ANOTHER,
        /** The measure does not apply here, or is not available yet. */
        NOT_AVAILABLE
    }

    public static final int SMALLEST_GROUP = 5;

    public static Cell of(Double value, long learners) {
        return new Cell(value, learners, learners > 0 && learners < SMALLEST_GROUP ? Shown.FEWER_THAN_FIVE : Shown.YES);
    }

    public static Cell notAvailable() {
        return new Cell(null, 0, Shown.NOT_AVAILABLE);
    }

    public Cell protectingAnother() {
        return new Cell(value, learners, Shown.PROTECTS_ANOTHER);
    }

    public boolean isShown() {
        return shown == Shown.YES;
    }

    public boolean isHidden() {
        return shown == Shown.FEWER_THAN_FIVE || shown == Shown.PROTECTS_ANOTHER;
    }

    /** The value as a report may give it: null when hidden or not available. */
    public Double visibleValue() {
        return isShown() ? value : null;
    }

    /** The number of learners as a report may give it: null when hidden. */
    public Long visibleLearners() {
        return isShown() ? learners : null;
    }
}
