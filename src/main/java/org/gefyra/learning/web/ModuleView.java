package org.gefyra.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.content.Step;
import org.gefyra.learning.ModuleProgress;
import org.gefyra.learning.ProgressService.RatingTime;
import org.gefyra.shared.web.Navigation;
import org.gefyra.shared.web.RequestParameters;

/**
 * A module's first page: what it is about, how long it takes, and "how true is this for you
 * now?" about its "I can" statement, before the first step. Opening it again continues.
 */
@Named
@RequestScoped
public class ModuleView {

    @Inject
    LearnerContext learner;

    @Inject
    LearnerProgress progress;

    String id;

    private LearningModule module;
    private Optional<ModuleProgress> current;

    @PostConstruct
    void readParameters() {
        id = RequestParameters.get("id");
    }

    public void load() {
        module = ModuleRequest.require(learner, id);
    }

    public String rate(Integer rating) {
        LearningModule opened = module();
        if (opened == null) {
            return null;
        }
        Step first = progress.open(opened);
        progress.rate(opened, RatingTime.BEFORE, rating);
        Navigation.redirect(ModuleRequest.stepPage(opened.id(), first.id()));
        return null;
    }

    public String skip() {
        return rate(null);
    }

    public String continueModule() {
        LearningModule opened = module();
        if (opened != null) {
            Navigation.redirect(ModuleRequest.stepPage(opened.id(), progress.open(opened).id()));
        }
        return null;
    }

    public LearningModule module() {
        if (module == null) {
            module = learner.module(id).orElse(null);
        }
        return module;
    }

    public LearningModule getModule() {
        return module();
    }

    public ModuleText getText() {
        return ModuleRequest.text(module(), learner.language());
    }

    public ModuleProgress getProgress() {
        if (current == null) {
            current = module() == null ? Optional.empty() : progress.of(module().id());
        }
        return current.orElse(null);
    }

    public boolean isStarted() {
        return getProgress() != null;
    }

    public String getId() { return id; }
}
