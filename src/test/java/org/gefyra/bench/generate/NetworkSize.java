package org.gefyra.bench.generate;

import java.util.Locale;

/**
 * How big a generated network is. Events are about twenty per learner: a few modules each, some
 * left half-way, with retries.
 */
public record NetworkSize(String name, int networks, int organisations, int sitesPerOrganisation,
        int educatorsPerSite, int learners, long events) {

    public static final NetworkSize SMALL = new NetworkSize("small", 1, 3, 2, 2, 200, 4_000);
    public static final NetworkSize MEDIUM = new NetworkSize("medium", 3, 60, 4, 2, 50_000, 1_000_000);
    public static final NetworkSize LARGE = new NetworkSize("large", 10, 1_000, 4, 2, 1_000_000, 20_000_000);

    public static NetworkSize named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException("size is small, medium or large, not " + name);
        };
    }

    int sites() {
        return organisations * sitesPerOrganisation;
    }

    /** The events one learner gets on average, so that the whole comes near {@link #events}. */
    double eventsPerLearner() {
        return (double) events / learners;
    }
}
