package org.gefyra.report;

import java.time.Instant;

/**
 * Which statements are asked for: stored after {@code since}, at or before {@code until}, at most
 * {@code limit}, oldest first or newest first, and after the last one of the previous page.
 */
public record XapiQuery(Instant since, Instant until, int limit, boolean ascending, Long after) {

    public static final int MOST = 500;
    public static final int USUAL = 100;

    public XapiQuery {
        limit = limit <= 0 || limit > MOST ? MOST : limit;
    }

    public XapiQuery next(long lastId) {
        return new XapiQuery(since, until, limit, ascending, lastId);
    }
}
