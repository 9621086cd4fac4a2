package org.gefyra.shared.persistence;

import java.sql.SQLException;
import java.util.function.Predicate;

/** The SQL exceptions behind a failure, however deeply wrapped and chained. */
final class SqlCauses {

    private SqlCauses() {
    }

    /** Whether any SQL exception among the causes of {@code thrown}, or chained to one, matches. */
    static boolean any(Throwable thrown, Predicate<SQLException> matches) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (matches.test(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
