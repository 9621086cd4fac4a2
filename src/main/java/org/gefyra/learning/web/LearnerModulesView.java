package org.gefyra.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.gefyra.learning.AssignedModule;
import org.gefyra.shared.security.Caller;

/** The modules given to one learner, on their page: they come first in the learner's list. */
@Named
@ViewScoped
public class LearnerModulesView extends ModulesGivenView {

    @Override
    protected void give(Caller caller, long learnerId, String moduleId, LocalDate targetDate) {
        assignments.assignToLearner(caller, learnerId, moduleId, targetDate);
    }

    @Override
    protected void takeBack(Caller caller, long learnerId, String moduleId) {
        assignments.unassignFromLearner(caller, learnerId, moduleId);
    }

    @Override
    protected List<AssignedModule> given(Caller caller, long learnerId, String language) {
        return assignments.ofLearner(caller, learnerId, language);
    }

    @Override
    protected String page(long learnerId) {
        return "/educator/learners/edit.xhtml?id=" + learnerId;
    }
}
