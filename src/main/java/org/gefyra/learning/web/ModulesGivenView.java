package org.gefyra.learning.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.gefyra.learning.AssignedModule;
import org.gefyra.learning.AssignmentService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** The modules given to a learner or a group, on its page: give one, perhaps by a date, or take one back. */
public abstract class ModulesGivenView implements Serializable {

    @Inject
    AssignmentService assignments;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    private String id;
    private long ownerId;
    private List<AssignedModule> assigned = List.of();
    private List<AssignedModule> choices = List.of();
    private String moduleId;
    private LocalDate targetDate;

    /** Gives the module to the learner or group. */
    protected abstract void give(Caller caller, long ownerId, String moduleId, LocalDate targetDate);

    protected abstract void takeBack(Caller caller, long ownerId, String moduleId);

    protected abstract List<AssignedModule> given(Caller caller, long ownerId, String language);

    /** The page of the learner or group, where the modules given are listed. */
    protected abstract String page(long ownerId);

    public void load() {
        ownerId = parse(id);
        choices = assignments.choices(language.getCode());
        assigned = given(caller.get(), ownerId, language.getCode());
    }

    public void assign() {
        try {
            give(caller.get(), ownerId, moduleId, targetDate);
            done("educator.modules.given");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "assign");
        }
    }

    public void unassign(String module) {
        takeBack(caller.get(), ownerId, module);
        done("educator.modules.takenBack");
    }

    private void done(String messageKey) {
        Messages.info(messageKey);
        Navigation.keepMessages();
        Navigation.redirect(page(ownerId));
    }

    private static long parse(String id) {
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
