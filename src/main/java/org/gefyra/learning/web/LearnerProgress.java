package org.gefyra.learning.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Step;
import org.gefyra.learning.ModuleCard;
import org.gefyra.learning.ModuleProgress;
import org.gefyra.learning.ProgressService;
import org.gefyra.learning.ProgressService.RatingTime;
import org.gefyra.learning.RepeatedViews;

/**
 * The learner pages' one way to the learner's progress, for the learner of this request. In a
 * preview (an author or an administrator) nothing is read or recorded: every step may be opened,
 * answers are checked and not kept, and the module starts anew each time. It keeps nothing of its
 * own (the learner comes from the request's {@link LearnerContext}), so one serves every request
 * rather than a new one being made and injected for each.
 */
@ApplicationScoped
public class LearnerProgress {

    @Inject
    LearnerContext learner;

    @Inject
    ProgressService progress;

    @Inject
    RepeatedViews repeats;

    public boolean isPreview() {
        return learner.isPreview();
    }

    /** The learner's progress in a module; none in a preview, where every module is new. */
    public Optional<ModuleProgress> of(String moduleId) {
        return isPreview() ? Optional.empty() : progress.progress(learner.who(), moduleId);
    }

    /** Whether the module's steps may be shown: it was started, or this is a preview. */
    public boolean mayGoOn(String moduleId) {
        return isPreview() || of(moduleId).isPresent();
    }

    public Step open(LearningModule module) {
        return isPreview() ? module.steps().get(0) : progress.open(learner.who(), module, learner.place());
    }

    public boolean rate(LearningModule module, RatingTime time, Integer rating) {
        return isPreview() || progress.rate(learner.who(), module, time, rating, learner.place());
    }

    /** Records that a step was shown: a repeat is known without the learner's turn or a transaction. */
    public boolean view(LearningModule module, Step step) {
        return isPreview() || repeats.isRepeat(learner.who(), module, step)
                || progress.view(learner.who(), module, step, learner.place());
    }

    public boolean answer(LearningModule module, Step step, String optionId) {
        return isPreview() ? ProgressService.isCorrect(step, optionId)
                : progress.answer(learner.who(), module, step, optionId, learner.place());
    }

    public void practise(LearningModule module, Step step, String action, boolean goalReached) {
        if (!isPreview()) {
            progress.practise(learner.who(), module, step, action, goalReached, learner.place());
        }
    }

    public boolean goalReached(String moduleId, String stepId) {
        return !isPreview() && progress.goalReached(learner.who(), moduleId, stepId);
    }

    public Optional<Step> firstStepNotReached(LearningModule module) {
        return isPreview() ? Optional.empty() : progress.firstStepNotReached(learner.who(), module);
    }

    public boolean complete(LearningModule module) {
        return !isPreview() && progress.complete(learner.who(), module, learner.place());
    }

    public List<ModuleCard> myModules() {
        return progress.myModules(learner.who(), learner.language());
    }
}
