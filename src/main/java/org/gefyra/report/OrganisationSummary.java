package org.gefyra.report;

/**
 * How one organisation's learners are doing. Counts under five are hidden (null), so that no
 * report can point at a single person.
 */
public record OrganisationSummary(String organisation, String city, Long learners, Long modulesStarted,
        Long modulesCompleted) {

    public static final int SMALLEST_GROUP = 5;

    static Long shown(long count) {
        return count < SMALLEST_GROUP ? null : count;
    }
}
