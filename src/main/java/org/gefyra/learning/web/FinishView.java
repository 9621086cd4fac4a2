package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.learning.ProgressService.RatingTime;
import org.gefyra.learning.ProgressService;
import org.gefyra.shared.web.Navigation;

/** The end of a module: "how true is this for you now?" again, then the module is finished. */
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
            Navigation.redirect("/learn/module.xhtml?id=" + moduleId);
        }
    }

    public String rate(Integer rating) {
        if (module() == null || progress.progress(learner.who(), moduleId).isEmpty()) {
            ModuleRequest.notFound();
            return null;
        }
        progress.rate(learner.who(), module(), RatingTime.AFTER, rating, learner.place());
        progress.complete(learner.who(), module(), learner.place());
        Navigation.redirect("/learn/certificate.xhtml?module=" + moduleId);
        return null;
    }

    public String skip() {
        return rate(null);
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
        return StepView.address(moduleId, module().steps().get(module().steps().size() - 1).id());
    }

    public String getModule() { return moduleId; }
}
