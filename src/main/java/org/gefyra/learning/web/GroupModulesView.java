package org.gefyra.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.gefyra.learning.AssignedModule;
import org.gefyra.shared.security.Caller;

/** The modules given to a group, on its page: every learner of the group sees them first. */
@Named
@ViewScoped
public class GroupModulesView extends ModulesGivenView {

    @Override
    protected void give(Caller caller, long groupId, String moduleId, LocalDate targetDate) {
        assignments.assignToGroup(caller, groupId, moduleId, targetDate);
    }

    @Override
    protected void takeBack(Caller caller, long groupId, String moduleId) {
        assignments.unassignFromGroup(caller, groupId, moduleId);
    }

    @Override
    protected List<AssignedModule> given(Caller caller, long groupId, String language) {
        return assignments.ofGroup(caller, groupId, language);
    }

    @Override
    protected String page(long groupId) {
        return "/educator/groups/edit.xhtml?id=" + groupId;
    }
}
