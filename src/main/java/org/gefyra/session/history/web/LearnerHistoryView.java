package org.gefyra.session.history.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gefyra.session.history.LearnerHistory;
import org.gefyra.session.history.LearnerHistoryService;
import org.gefyra.session.history.LearnerNote;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.Paragraphs;
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

    private Long id;
    private LearnerHistory history;
    @Paragraphs(max = LearnerNote.LONGEST)
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

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LearnerHistory getHistory() {
        if (history == null) {
            history = histories.history(caller.get(), learnerId(), language.getCode());
        }
        return history;
    }

    /**
     * The learner's id: from the address, or, when the note form is sent, from its hidden field.
     * The page's parts ask for the history before the view parameter is applied on a form sent
     * back, and nothing of this view is kept between requests.
     */
    private long learnerId() {
        if (id == null) {
            String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                id = sent == null ? null : Long.valueOf(sent);
            } catch (NumberFormatException notANumber) {
                id = null;
            }
        }
        return id == null ? -1 : id;
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
