package org.gefyra.shared.persistence;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Whether a failure is the database being unable to write for a moment, rather than a fault of
 * the request: no room on its disk (or over a quota), or the connection to it lost. Embedded
 * Derby shuts a database down when it cannot write a page or its log (XSDG1, XSLA*), so the
 * requests after such a write find no connection (08003) until it starts again, and a request caught
 * while it shuts down may find its store already closed (XJ001, a Java exception thrown inside
 * Derby's store: "containerCache is null"); PostgreSQL says
 * disk_full (53100) or that it is shutting down (57P*). The write is refused whole, since its
 * transaction never committed; what came before it is kept; and trying again once there is room
 * works. The person is told to wait a moment and try again, not that something broke.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable thrown) {
        if (SqlCauses.any(thrown, sql -> outage(sql.getSQLState()) || storeClosing(sql))) {
            return true;
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (noRoom(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of an outage: a connection exception (class 08), insufficient resources (class
     * 53, disk_full among them), an operator or crash shutdown (57P01-57P03), and Derby's own for a
     * page, log or container file it could not write, or a database it could not start (XJ040).
     */
    static boolean outage(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("XSDG1") || state.startsWith("XSLA") || state.startsWith("XSDF") || state.equals("XJ040"));
    }

    /**
     * Derby's "Java exception" (XJ001) thrown by its own store or services (their caches), not by its
     * compiler or by a function of ours: met while the database shuts down.
     */
    private static boolean storeClosing(SQLException sql) {
        if (!"XJ001".equals(sql.getSQLState())) {
            return false;
        }
        for (Throwable t = sql.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            if (t instanceof RuntimeException && trace.length > 0
                    && (trace[0].getClassName().startsWith("org.apache.derby.impl.store.")
                            || trace[0].getClassName().startsWith("org.apache.derby.impl.services."))) {
                return true;
            }
        }
        return false;
    }

    private static boolean noRoom(Throwable t) {
        return t instanceof IOException && t.getMessage() != null && t.getMessage().contains("No space left on device");
    }
}
