package org.gefyra.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gefyra.learning.LearnerKey;

/**
 * One person at one session: a learner, or a guest's visit that joined with the code. Joining
 * marks them present; the educator marks the others present, absent or excused. While present
 * they may ask for help, which the educator's live view shows until the educator has helped.
 */
@Entity
@Table(name = "session_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "guest_key")
    private String guestKey;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "marked_by")
    private Long markedBy;

    @Column(name = "marked_at")
    private Instant markedAt;

    @Column(name = "walk_in")
    private boolean walkIn;

    @Column(name = "help_asked_at")
    private Instant helpAskedAt;

    protected Attendance() {
    }

    private Attendance(long sessionId, Long learnerId, String guestKey, AttendanceStatus status, Long markedBy) {
        this.sessionId = sessionId;
        this.learnerId = learnerId;
        this.guestKey = guestKey;
        this.status = status;
        this.markedBy = markedBy;
        this.markedAt = Instant.now();
    }

    /** A learner or guest who joined by themselves: present from now. */
    static Attendance joined(long sessionId, LearnerKey who) {
        Attendance attendance = new Attendance(sessionId, who.learnerId(), who.guestKey(), AttendanceStatus.PRESENT, null);
        attendance.joinedAt = attendance.markedAt;
        return attendance;
    }

    /** A learner the educator marked. */
    static Attendance marked(long sessionId, long learnerId, AttendanceStatus status, long educatorId) {
        return new Attendance(sessionId, learnerId, null, status, educatorId);
    }

    static Attendance walkIn(long sessionId, long learnerId, long educatorId) {
        Attendance attendance = marked(sessionId, learnerId, AttendanceStatus.PRESENT, educatorId);
        attendance.walkIn = true;
        return attendance;
    }

    /** They joined (again): present, and back if they had left. */
    void join() {
        if (joinedAt == null) {
            joinedAt = Instant.now();
        }
        status = AttendanceStatus.PRESENT;
        leftAt = null;
    }

    void mark(AttendanceStatus marked, long educatorId) {
        status = marked;
        markedBy = educatorId;
        markedAt = Instant.now();
        if (marked != AttendanceStatus.PRESENT) {
            helpAskedAt = null;
        }
    }

    void leave() {
        if (leftAt == null) {
            leftAt = Instant.now();
        }
        helpAskedAt = null;
    }

    void comeBack() {
        leftAt = null;
    }

    /** Asks for help; asking again keeps the first time, so the longest wait shows first. */
    void askForHelp() {
        if (helpAskedAt == null) {
            helpAskedAt = Instant.now();
        }
    }

    void helped() {
        helpAskedAt = null;
    }

    public boolean isPresent() {
        return status == AttendanceStatus.PRESENT;
    }

    public boolean isGuest() {
        return learnerId == null;
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getLearnerId() { return learnerId; }
    public String getGuestKey() { return guestKey; }
    public AttendanceStatus getStatus() { return status; }
    public Instant getJoinedAt() { return joinedAt; }
    public Instant getLeftAt() { return leftAt; }
    public Long getMarkedBy() { return markedBy; }
    public Instant getMarkedAt() { return markedAt; }
    public boolean isWalkIn() { return walkIn; }
    public Instant getHelpAskedAt() { return helpAskedAt; }
}
