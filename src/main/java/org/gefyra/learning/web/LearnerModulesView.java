package org.gefyra.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.gefyra.learning.AssignedModule;
import org.gefyra.learning.AssignmentService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** The modules given to one learner, on their page: give one, perhaps by a date, or take one back. */
@Named
@ViewScoped
public class LearnerModulesView implements Serializable {

    @Inject
    AssignmentService assignments;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    private String id;
    private long learnerId;
    private List<AssignedModule> assigned = List.of();
    private List<AssignedModule> choices = List.of();
    private String moduleId;
    private LocalDate targetDate;

    public void load() {
        learnerId = parse(id);
        choices = assignments.choices(language.getCode());
        refresh();
    }

    public void assign() {
        try {
            assignments.assignToLearner(caller.get(), learnerId, moduleId, targetDate);
            done("educator.modules.given");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "assign");
        }
    }

    public void unassign(String module) {
        assignments.unassignFromLearner(caller.get(), learnerId, module);
        done("educator.modules.takenBack");
    }

    private void done(String messageKey) {
        Messages.info(messageKey);
        Navigation.keepMessages();
        Navigation.redirect("/educator/learners/edit.xhtml?id=" + learnerId);
    }

    private void refresh() {
        assigned = assignments.ofLearner(caller.get(), learnerId, language.getCode());
    }

    static long parse(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException notAnId) {
            throw new NotAllowedException("id " + id);
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public List<AssignedModule> getAssigned() { return assigned; }
    public List<AssignedModule> getChoices() { return choices; }
    public String getModuleId() { return moduleId; }
    public void setModuleId(String moduleId) { this.moduleId = moduleId; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
}
