package org.gefyra.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.gefyra.content.ContentLibrary;
import org.gefyra.learner.Learner;
import org.gefyra.learner.Picture;
import org.gefyra.session.AttendanceRow;
import org.gefyra.session.AttendanceService;
import org.gefyra.session.AttendanceStatus;
import org.gefyra.session.LearnerChoice;
import org.gefyra.session.LearningSession;
import org.gefyra.session.LiveAttendee;
import org.gefyra.session.LiveSession;
import org.gefyra.session.SessionService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.Paragraphs;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/**
 * One session, as its educator runs it from a tablet: open it and show its code, see who is here
 * and who needs help (refreshed every few seconds, without reloading the page), take the
 * attendance, register a walk-in, write notes, close it and read its summary.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

    /** How often the live view asks again, in seconds. */
    public static final int LIVE_EVERY_SECONDS = 4;

    @Inject
    SessionService sessions;

    @Inject
    AttendanceService attendance;

    @Inject
    LiveSession liveSession;

    @Inject
    ContentLibrary library;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    private Long id;
    private SessionDetails details;
    private List<AttendanceRow> rows = List.of();
    private List<LiveAttendee> live = List.of();
    private List<LearnerChoice> notListed = List.of();
    @Paragraphs(max = LearningSession.NOTES_LENGTH)
    private String notes;
    private Long chosenLearner;
    private AttendanceStatus chosenStatus = AttendanceStatus.PRESENT;
    private final WalkInForm walkIn = new WalkInForm();

    public void load() {
        reload(sessions.get(caller.get(), id == null ? -1 : id));
        notes = details.notes();
        if (walkIn.language == null) {
            walkIn.language = language.getCode();
        }
    }

    public void open() {
        act(() -> sessions.open(caller.get(), id), "session.opened", "session");
    }

    public void close() {
        act(() -> sessions.close(caller.get(), id), "session.closed", "session");
    }

    public void cancel() {
        act(() -> {
            sessions.cancel(caller.get(), id);
            return sessions.get(caller.get(), id);
        }, "session.cancelled", "session");
    }

    public void saveNotes() {
        act(() -> sessions.writeNotes(caller.get(), id, notes), "session.notes.saved", "sessionNotes");
    }

    public void mark(long learnerId, AttendanceStatus status) {
        act(() -> {
            attendance.mark(caller.get(), id, learnerId, status);
            return sessions.get(caller.get(), id);
        }, "session.attendance.marked", "attendance");
    }

    public void markChosen() {
        if (chosenLearner == null) {
            Messages.invalid(new InvalidInputException("learner", "error.chooseLearner"), "add");
            return;
        }
        act(() -> {
            attendance.mark(caller.get(), id, chosenLearner, chosenStatus);
            return sessions.get(caller.get(), id);
        }, "session.attendance.marked", "add");
        chosenLearner = null;
    }

    public void registerWalkIn() {
        try {
            Learner learner = attendance.registerWalkIn(caller.get(), id, walkIn.toLearnerForm());
            Messages.info("session.walkIn.registered", learner.getDisplayName());
            Navigation.keepMessages();
            Navigation.redirect("/educator/session.xhtml?id=" + id);
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "walkIn");
        }
    }

    public void helped(long attendanceId) {
        attendance.helped(caller.get(), id, attendanceId);
        refreshLive();
    }

    /** What the page asks for every few seconds: who is here now, and where they are. */
    public void refreshLive() {
        if (details != null && details.isOpen()) {
            live = liveSession.attendees(caller.get(), id, language.getCode());
            rows = attendance.attendance(caller.get(), id);
        }
    }

    /** Does it; then shows the session's page afresh (so that reloading it repeats nothing), or says what was refused. */
    private void act(java.util.function.Supplier<LearningSession> action, String done, String formId) {
        try {
            action.get();
            Messages.info(done);
            Navigation.keepMessages();
            Navigation.redirect("/educator/session.xhtml?id=" + id);
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, formId);
            reload(sessions.get(caller.get(), id));
        }
    }

    private void reload(LearningSession session) {
        String code = language.getCode();
        List<String> modules = session.getModuleIds().stream()
                .map(m -> library.module(m).flatMap(module -> module.text(code).or(() -> module.text(Languages.DEFAULT)))
                        .map(t -> t.title()).orElse(null))
                .filter(Objects::nonNull).sorted().toList();
        details = SessionDetails.of(session, modules, sessions.educatorNames(session));
        rows = attendance.attendance(caller.get(), id);
        live = details.isOpen() ? liveSession.attendees(caller.get(), id, code) : List.of();
        notListed = details.isOpen() ? attendance.notYetListed(caller.get(), id) : List.of();
    }

    public long getNeedingHelp() {
        return live.stream().filter(a -> a.needsHelp() != null).count();
    }

    public long getPresent() {
        return rows.stream().filter(r -> r.status() == AttendanceStatus.PRESENT).count();
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public Picture[] getPictures() {
        return Picture.values();
    }

    public List<Language.Choice> getLanguages() {
        return language.getChoices();
    }

    public int getLiveEvery() {
        return LIVE_EVERY_SECONDS;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SessionDetails getDetails() { return details; }
    public List<AttendanceRow> getRows() { return rows; }
    public List<LiveAttendee> getLive() { return live; }
    public List<LearnerChoice> getNotListed() { return notListed; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getChosenLearner() { return chosenLearner; }
    public void setChosenLearner(Long chosenLearner) { this.chosenLearner = chosenLearner; }
    public AttendanceStatus getChosenStatus() { return chosenStatus; }
    public void setChosenStatus(AttendanceStatus chosenStatus) { this.chosenStatus = chosenStatus; }
    public WalkInForm getWalkIn() { return walkIn; }
}
