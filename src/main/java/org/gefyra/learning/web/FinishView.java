package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.content.Step;
import org.gefyra.learning.ProgressService.RatingTime;
import org.gefyra.learning.ProgressService;
import org.gefyra.shared.web.Navigation;

/**
 * The end of a module: "how true is this for you now?" again, then the module is finished and a
 * registered learner is asked how useful it was (see FeedbackView). Only
 * a learner who reached every step gets here; anyone else is sent to the first step they missed.
 */
@Named
@RequestScoped
public class FinishView {

    @Inject
    LearnerContext learner;

    @Inject
    ContentLibrary library;

    @Inject
    ProgressService progress;

    @Inject
    @ManagedProperty("#{param.module}")
    String moduleId;

    private LearningModule module;

    public void load() {
        if (module() == null) {
            ModuleRequest.notFound();
        } else if (progress.progress(learner.who(), moduleId).isEmpty()) {
            Navigation.redirect(ModuleRequest.modulePage(moduleId));
        } else {
            missedStep().ifPresent(missed -> Navigation.redirect(ModuleRequest.stepPage(moduleId, missed.id())));
        }
    }

    public String rate(Integer rating) {
        if (module() == null) {
            ModuleRequest.notFound();
            return null;
        }
        if (!progress.rate(learner.who(), module(), RatingTime.AFTER, rating, learner.place())) {
            Navigation.redirect(ModuleRequest.modulePage(moduleId));
        } else if (progress.complete(learner.who(), module(), learner.place())) {
            Navigation.redirect(learner.who().isGuest() ? ModuleRequest.certificatePage(moduleId)
                    : FeedbackView.feedbackPage(moduleId));
        } else {
            missedStep().ifPresent(missed -> Navigation.redirect(ModuleRequest.stepPage(moduleId, missed.id())));
        }
        return null;
    }

    public String skip() {
        return rate(null);
    }

    private Optional<Step> missedStep() {
        return progress.firstStepNotReached(learner.who(), module());
    }

    LearningModule module() {
        if (module == null) {
            module = ModuleRequest.find(library, moduleId, learner.language()).orElse(null);
        }
        return module;
    }

    public ModuleText getText() {
        return ModuleRequest.text(module(), learner.language());
    }

    public String getLastStep() {
        return ModuleRequest.stepPage(moduleId, module().steps().get(module().steps().size() - 1).id());
    }

    public String getModule() { return moduleId; }
}
