package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.learning.FeedbackService;
import org.gefyra.learning.HardPart;
import org.gefyra.learning.Usefulness;
import org.gefyra.shared.web.Navigation;

/**
 * After finishing a module, a registered learner is asked "Was this lesson useful?" (three faces,
 * one tap, or skip), then "What was hard?" (tick any, or skip); then comes the certificate. Guests
 * and anyone who has not finished the module go straight on.
 */
@Named
@RequestScoped
public class FeedbackView {

    /** The second question's page: {@code step=hard}. */
    public static final String HARD_STEP = "hard";

    @Inject
    LearnerContext learner;

    @Inject
    FeedbackService feedback;

    @Inject
    @ManagedProperty("#{param.module}")
    String moduleId;

    @Inject
    @ManagedProperty("#{param.step}")
    String step;

    private LearningModule module;

    public void load() {
        if (module() == null) {
            ModuleRequest.notFound();
        } else if (!feedback.mayGive(learner.who(), moduleId)) {
            Navigation.redirect(ModuleRequest.certificatePage(moduleId));
        }
    }

    public String useful(int value) {
        if (module() == null) {
            ModuleRequest.notFound();
            return null;
        }
        Usefulness usefulness = Usefulness.of(value).orElse(null);
        if (usefulness == null || !feedback.useful(learner.who(), module(), usefulness, learner.language())) {
            Navigation.redirect(ModuleRequest.certificatePage(moduleId));
        } else {
            Navigation.redirect(feedbackPage(moduleId) + "&step=" + HARD_STEP);
        }
        return null;
    }

    public String sendHard() {
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap().get("hard");
        Set<HardPart> parts = EnumSet.noneOf(HardPart.class);
        if (ticked != null) {
            Arrays.stream(ticked).flatMap(t -> Arrays.stream(HardPart.values()).filter(p -> p.name().equals(t)))
                    .forEach(parts::add);
        }
        feedback.hard(learner.who(), moduleId, parts);
        Navigation.redirect(ModuleRequest.certificatePage(moduleId));
        return null;
    }

    public String skip() {
        Navigation.redirect(ModuleRequest.certificatePage(moduleId));
        return null;
    }

    public static String feedbackPage(String moduleId) {
        return "/learn/feedback.xhtml?module=" + moduleId;
    }

    LearningModule module() {
        if (module == null) {
            module = learner.module(moduleId).orElse(null);
        }
        return module;
    }

    public boolean isHardStep() {
        return HARD_STEP.equals(step);
    }

    public List<HardPart> getHardParts() {
        return List.of(HardPart.values());
    }

    public ModuleText getText() {
        return ModuleRequest.text(module(), learner.language());
    }

    public String getModule() { return moduleId; }
}
