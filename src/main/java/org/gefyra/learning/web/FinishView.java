package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.content.Step;
import org.gefyra.learning.ProgressService.RatingTime;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/**
 * The end of a module: "how true is this for you now?" again, then the module is finished. Only
 * a learner who reached every step gets here; anyone else is sent to the first step they missed.
 * A preview ends here, back on the list of modules, with nothing recorded and no certificate.
 */
@Named
@RequestScoped
public class FinishView {

    /** Where a preview ends: the list of modules that authors preview. */
    static final String PREVIEWS = "/admin/content.xhtml";

    @Inject
    LearnerContext learner;

    @Inject
    LearnerProgress progress;

    @Inject
    @ManagedProperty("#{param.module}")
    String moduleId;

    private LearningModule module;

    public void load() {
        if (module() == null) {
            ModuleRequest.notFound();
        } else if (!progress.mayGoOn(moduleId)) {
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
        if (progress.isPreview()) {
            Messages.info("preview.finished", getText().title());
            Navigation.keepMessages();
            Navigation.redirect(PREVIEWS);
        } else if (!progress.rate(module(), RatingTime.AFTER, rating)) {
            Navigation.redirect(ModuleRequest.modulePage(moduleId));
        } else if (progress.complete(module())) {
            Navigation.redirect(ModuleRequest.certificatePage(moduleId));
        } else {
            missedStep().ifPresent(missed -> Navigation.redirect(ModuleRequest.stepPage(moduleId, missed.id())));
        }
        return null;
    }

    public String skip() {
        return rate(null);
    }

    private Optional<Step> missedStep() {
        return progress.firstStepNotReached(module());
    }

    LearningModule module() {
        if (module == null) {
            module = learner.module(moduleId).orElse(null);
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
