package org.gefyra.session.history.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gefyra.session.history.LearnerHistory;
import org.gefyra.session.history.LearnerHistoryService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;

/**
 * One learner's history for an educator of their organisation, and a note to add to it. Read
 * afresh on every request: nothing of it stays in the session.
 */
@Named
@RequestScoped
public class LearnerHistoryView {

    @Inject
    LearnerHistoryService histories;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    /** From the address, and on a postback from the form's hidden field: the page's parts ask for the history before any view parameter is applied. */
    @Inject
    @ManagedProperty("#{param.id}")
    String id;

    private LearnerHistory history;
    private String note;

    public void load() {
        getHistory();
    }

    public void addNote() {
        try {
            histories.addNote(caller.get(), learnerId(), note);
            Messages.info("history.note.added");
            note = null;
            history = null;
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "noteForm");
        }
    }

    public long learnerId() {
        try {
            return id == null ? -1 : Long.parseLong(id.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    public long getId() { return learnerId(); }
    public LearnerHistory getHistory() {
        if (history == null) {
            history = histories.history(caller.get(), learnerId(), language.getCode());
        }
        return history;
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
