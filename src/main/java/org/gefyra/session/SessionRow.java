package org.gefyra.session;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A session as lists and the calendar show it. */
public record SessionRow(long id, String title, SessionKind kind, SessionStatus status, String siteName,
        LocalDateTime startsAt, LocalDateTime endsAt, int capacity) implements Serializable {

    static SessionRow of(LearningSession session) {
        return new SessionRow(session.getId(), session.getTitle(), session.getKind(), session.getStatus(),
                session.getSite().getName(), session.getStartsAt(), session.getEndsAt(), session.getCapacity());
    }

    public LocalDate date() {
        return startsAt.toLocalDate();
    }
}
