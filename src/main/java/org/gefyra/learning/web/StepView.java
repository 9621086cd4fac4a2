package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.content.Step;
import org.gefyra.content.StepText;
import org.gefyra.content.web.ContentImages;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;
import org.gefyra.shared.web.RequestParameters;

/**
 * One step of a module on one screen: "Step 3 of 7", the text, a question with feedback at
 * once, or the way into a practice website; big Back and Next. Progress is saved at every step.
 */
@Named
@RequestScoped
public class StepView {

    @Inject
    LearnerContext learner;

    @Inject
    LearnerProgress progress;

    String moduleId;
    String stepId;
    String chosen;

    private Boolean correct;
    private LearningModule module;
    private Step step;
    private List<Object> shown;
    private ModuleText moduleText;
    private StepText text;

    @PostConstruct
    void readParameters() {
        moduleId = RequestParameters.get("module");
        stepId = RequestParameters.get("step");
        chosen = RequestParameters.get("chosen");
    }

    /**
     * On opening the page (not when an answer is sent): records that the step was viewed, or goes back
     * to the module if it no longer exists. It runs before anything of the page is written.
     */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (module() == null) {
            ModuleRequest.notFound();
        } else if (step() == null || !progress.view(module(), step())) {
            Navigation.redirect(ModuleRequest.modulePage(moduleId));
        }
    }

    public String answer() {
        if (step() == null) {
            ModuleRequest.notFound();
            return null;
        }
        try {
            correct = progress.answer(module(), step(), chosen);
        } catch (InvalidInputException noAnswer) {
            Messages.invalid(noAnswer, "quiz");
        }
        return null;
    }

    LearningModule module() {
        if (module == null) {
            module = learner.module(moduleId).orElse(null);
        }
        return module;
    }

    Step step() {
        if (step == null && module() != null) {
            step = module().step(stepId).orElse(null);
        }
        return step;
    }

    /** The module's words in the page's language (asked several times a page: found once). */
    public ModuleText getModuleText() {
        if (moduleText == null) {
            moduleText = ModuleRequest.text(module(), learner.language());
        }
        return moduleText;
    }

    public Step getStep() {
        return step();
    }

    public StepText getText() {
        if (text == null && step() != null) {
            text = getModuleText().steps().get(step().id());
        }
        return text;
    }

    public int getNumber() {
        return module().indexOf(stepId) + 1;
    }

    public int getCount() {
        return module().steps().size();
    }

    public String getPrevious() {
        int index = module().indexOf(stepId);
        return index == 0 ? ModuleRequest.modulePage(moduleId)
                : ModuleRequest.stepPage(moduleId, module().steps().get(index - 1).id());
    }

    public String getNext() {
        int index = module().indexOf(stepId);
        List<Step> steps = module().steps();
        return index == steps.size() - 1 ? ModuleRequest.finishPage(moduleId)
                : ModuleRequest.stepPage(moduleId, steps.get(index + 1).id());
    }

    public boolean isLast() {
        return getNumber() == getCount();
    }

    public String getImage() {
        return step().image() == null ? null : ContentImages.address(moduleId, step().image());
    }

    public String getSandbox() {
        return "/learn/sandbox/" + step().sandbox().id() + ".xhtml?module=" + moduleId + "&step=" + stepId;
    }

    public boolean isGoalReached() {
        return step() != null && step().isPractice() && progress.goalReached(moduleId, stepId);
    }

    /**
     * Everything the step's fixed parts show (the page's language, its words, where it is in the
     * module, its picture, Back and Next), the key under which they are written once
     * ({@code g:fixed}): a reload that changes any of it makes a new key.
     */
    public List<Object> getShown() {
        if (shown == null) {
            shown = Arrays.asList(learner.language(), getModuleText(), getText(), stepId, getNumber(), getCount(), getImage(),
                    getPrevious(), getNext());
        }
        return shown;
    }

    public StepText.OptionText getChosenOption() {
        return chosen == null || getText() == null ? null : getText().options().get(chosen);
    }

    public String getModule() { return moduleId; }
    public String getStepId() { return stepId; }
    public String getChosen() { return chosen; }
    public Boolean getCorrect() { return correct; }
}
