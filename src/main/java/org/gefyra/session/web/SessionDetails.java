package org.gefyra.session.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.gefyra.session.JoinCode;
import org.gefyra.session.LearningSession;
import org.gefyra.session.SessionKind;
import org.gefyra.session.SessionStatus;
import org.gefyra.session.SessionSummary;

/** A session as its page shows it, in plain values that may stay in the view. */
public record SessionDetails(long id, String title, SessionKind kind, SessionStatus status, long siteId, String siteName,
        LocalDateTime startsAt, LocalDateTime endsAt, int capacity, boolean openToNewcomers, String joinCode,
        List<String> moduleTitles, List<String> educators, String notes, SessionSummary summary) implements Serializable {

    static SessionDetails of(LearningSession session, List<String> moduleTitles, List<String> educators) {
        return new SessionDetails(session.getId(), session.getTitle(), session.getKind(), session.getStatus(),
                session.getSite().getId(), session.getSite().getName(), session.getStartsAt(), session.getEndsAt(),
                session.getCapacity(), session.isOpenToNewcomers(), session.getJoinCode(), moduleTitles, educators,
                session.getNotes(), session.getSummary());
    }

    public String getGroupedCode() {
        return JoinCode.grouped(joinCode);
    }

    public boolean isPlanned() {
        return status == SessionStatus.PLANNED;
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    public boolean isClosed() {
        return status == SessionStatus.CLOSED;
    }
}
