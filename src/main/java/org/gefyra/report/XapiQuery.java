package org.gefyra.report;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which statements are asked for: stored after {@code since}, at or before {@code until}, at most
 * {@code limit}, oldest first or newest first, and after the last one of the previous page.
 */
public record XapiQuery(Instant since, Instant until, int limit, boolean ascending, Cursor after) {

    public static final int MOST = 500;
    public static final int USUAL = 100;

    public XapiQuery {
        limit = limit <= 0 || limit > MOST ? MOST : limit;
    }

    public XapiQuery next(Cursor last) {
        return new XapiQuery(since, until, limit, ascending, last);
    }

    /**
     * Where a page ended, in the order of the statements: their stored time, then their kind (a
     * learning event before a session attended at the same moment), then the row's id.
     */
    public record Cursor(Instant time, Kind kind, long id) {

        private static final Pattern WRITTEN = Pattern.compile("(\\d{1,19})\\.(\\d{9})-([ea])(\\d{1,19})");

        /** The kinds of statement, in their order at the same moment. */
        public enum Kind {
            EVENT, ATTENDANCE
        }

        /** As the {@code more} link carries it: "1764518400.123456789-e42". */
        @Override
        public String toString() {
            return time.getEpochSecond() + "." + String.format("%09d", time.getNano()) + "-"
                    + (kind == Kind.EVENT ? "e" : "a") + id;
        }

        /** Reads what {@link #toString} wrote; refuses anything else. */
        public static Cursor parse(String written) {
            Matcher parts = WRITTEN.matcher(written == null ? "" : written);
            if (!parts.matches()) {
                throw new IllegalArgumentException("not a page of statements: " + written);
            }
            try {
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2))),
                        parts.group(3).equals("e") ? Kind.EVENT : Kind.ATTENDANCE, Long.parseLong(parts.group(4)));
            } catch (RuntimeException wrong) {
                throw new IllegalArgumentException("not a page of statements: " + written, wrong);
            }
        }
    }
}
