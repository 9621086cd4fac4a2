package org.gefyra.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.gefyra.organisation.Site;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;

/**
 * A facilitated session at a site: a drop-in, a group class or a one-to-one, on a day from one
 * time to another, for some modules, run by some of the organisation's educators. It is planned,
 * then opened on its day (learners join with its code), then closed with a summary; a planned
 * session can be called off. Times are the site's local times.
 */
@Entity
@Table(name = "learning_session")
public class LearningSession {

    public static final int MOST_PLACES = 200;
    public static final int MOST_MODULES = 20;
    public static final int TITLE_LENGTH = 120;
    public static final int NOTES_LENGTH = 4000;
    /** How long after its planned end an open session still takes learners and their learning. */
    public static final Duration RUNS_ON_FOR = Duration.ofHours(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private Long organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    private String title;

    @Enumerated(EnumType.STRING)
    private SessionKind kind;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    private int capacity;

    @Column(name = "open_to_newcomers")
    private boolean openToNewcomers;

    @Enumerated(EnumType.STRING)
    private SessionStatus status;

    @Column(name = "join_code")
    private String joinCode;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    private String notes;

    @Column(name = "planned_by")
    private Long plannedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_module", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "module_id")
    private Set<String> moduleIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_educator", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "staff_id")
    private Set<Long> educatorIds = new HashSet<>();

    @Embedded
    private SessionSummary summary;

    protected LearningSession() {
    }

    public LearningSession(Site site, SessionPlan plan, Long plannedBy) {
        this.status = SessionStatus.PLANNED;
        this.plannedBy = plannedBy;
        this.createdAt = Instant.now();
        change(site, plan);
    }

    /** Changes the plan; only a session not yet opened can change. */
    public void change(Site site, SessionPlan plan) {
        if (status != SessionStatus.PLANNED) {
            throw new InvalidInputException("session", "error.sessionNotPlanned");
        }
        this.site = Check.present("site", site);
        this.organisationId = site.getOrganisation().getId();
        this.title = Check.text("title", plan.title, TITLE_LENGTH);
        this.kind = Check.present("kind", plan.kind);
        LocalDate date = Check.present("date", plan.date);
        this.startsAt = date.atTime(Check.present("start", plan.start));
        this.endsAt = date.atTime(Check.present("end", plan.end));
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("end", "error.endBeforeStart");
        }
        int places = Check.present("capacity", plan.capacity);
        if (places < 1 || places > MOST_PLACES) {
            throw new InvalidInputException("capacity", "error.capacity");
        }
        this.capacity = kind == SessionKind.ONE_TO_ONE ? 1 : places;
        this.openToNewcomers = kind.mayBePublic() && plan.openToNewcomers;
        if (plan.moduleIds.size() > MOST_MODULES) {
            throw new InvalidInputException("modules", "error.tooMany");
        }
        if (plan.educatorIds.isEmpty()) {
            throw new InvalidInputException("educators", "error.chooseEducator");
        }
        this.moduleIds = new HashSet<>(plan.moduleIds);
        this.educatorIds = new HashSet<>(plan.educatorIds);
    }

    /** Opens the session on its day with a new code; false if it was open already (a second tap). */
    boolean open(LocalDate today, String code) {
        if (status == SessionStatus.OPEN) {
            return false;
        }
        if (status != SessionStatus.PLANNED) {
            throw new InvalidInputException("session", "error.sessionClosed");
        }
        if (!startsAt.toLocalDate().equals(today)) {
            throw new InvalidInputException("session", "error.sessionNotToday");
        }
        this.status = SessionStatus.OPEN;
        this.joinCode = code;
        this.openedAt = Instant.now();
        return true;
    }

    /** Closes the session with its summary; false if it was closed already (a second tap). */
    boolean close(SessionSummary counted) {
        if (status == SessionStatus.CLOSED) {
            return false;
        }
        if (status != SessionStatus.OPEN) {
            throw new InvalidInputException("session", "error.sessionNotOpen");
        }
        this.status = SessionStatus.CLOSED;
        this.closedAt = Instant.now();
        this.summary = counted;
        return true;
    }

    /** Calls a planned session off; calling it off twice is the same as once. */
    void cancel() {
        if (status == SessionStatus.CANCELLED) {
            return;
        }
        if (status != SessionStatus.PLANNED) {
            throw new InvalidInputException("session", "error.sessionNotPlanned");
        }
        this.status = SessionStatus.CANCELLED;
    }

    void writeNotes(String text) {
        if (status == SessionStatus.CANCELLED) {
            throw new InvalidInputException("notes", "error.sessionCancelled");
        }
        this.notes = Check.paragraphs("notes", text, NOTES_LENGTH);
    }

    /** Whether learners may join and their learning counts for it now: open, and not long past its end. */
    public boolean isRunning(LocalDateTime now) {
        return status == SessionStatus.OPEN && now.isBefore(endsAt.plus(RUNS_ON_FOR));
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public Site getSite() { return site; }
    public String getTitle() { return title; }
    public SessionKind getKind() { return kind; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public int getCapacity() { return capacity; }
    public boolean isOpenToNewcomers() { return openToNewcomers; }
    public SessionStatus getStatus() { return status; }
    public String getJoinCode() { return joinCode; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getNotes() { return notes; }
    public Long getPlannedBy() { return plannedBy; }
    public Set<String> getModuleIds() { return Set.copyOf(moduleIds); }
    public Set<Long> getEducatorIds() { return Set.copyOf(educatorIds); }

    public SessionSummary getSummary() {
        return summary == null || !summary.isCounted() ? null : summary;
    }
}
