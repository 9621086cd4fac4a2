package org.gefyra.learning.sandbox.web;

import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gefyra.content.LearningModule;
import org.gefyra.content.SiteSettings;
import org.gefyra.content.Step;
import org.gefyra.content.StepText;
import org.gefyra.learning.sandbox.Difference;
import org.gefyra.learning.sandbox.GoalCheck;
import org.gefyra.learning.sandbox.GoalParts;
import org.gefyra.learning.web.LearnerContext;
import org.gefyra.learning.web.LearnerProgress;
import org.gefyra.learning.web.ModuleRequest;
import org.gefyra.shared.web.Navigation;

/**
 * What every sandbox page shares: the practice step it serves (from {@code ?module=&step=}), the
 * learner's task, the record of every screen they submit, and the kind words at the end: what is
 * still different from the task, how far along a goal of several parts they are, or "well done"
 * and the way back to the step.
 */
public abstract class PracticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearnerContext learner;

    @Inject
    LearnerProgress progress;

    @Inject
    @ManagedProperty("#{param.module}")
    String moduleId;

    @Inject
    @ManagedProperty("#{param.step}")
    String stepId;

    private final String sandboxId;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private boolean goalReached;
    private String stillDifferentTitle;
    private List<String> stillDifferent = List.of();
    private Progress progressMade;

    /** A box to change, for the summary at the top of the pretend website: where it is and what to do. */
    public record Problem(String anchor, String text) implements Serializable {
    }

    /** Kind words for parts of a goal done so far: "Well done: 1 of 3 scams found." and what is left. */
    public record Progress(String title, String text) implements Serializable {
    }

    /** {@code sandboxId}: the id of the sandbox's specification, which is also the name of its page. */
    protected PracticeView(String sandboxId) {
        this.sandboxId = sandboxId;
    }

    /** The id of the page's form, where its boxes are. */
    protected abstract String formId();

    /** The sandbox bundle's key of a box's label, or null for a choice that has no box. */
    protected String labelKey(String field) {
        return null;
    }

    /** The element a problem leads to. */
    protected String anchor(String field) {
        return formId() + ":" + field;
    }

    /** On opening the page: a 404 for a step that is not this sandbox's, the module's page if it is not started. */
    public void load() {
        if (step().isEmpty()) {
            ModuleRequest.notFound();
        } else if (!progress.mayGoOn(moduleId)) {
            Navigation.redirect(ModuleRequest.modulePage(moduleId));
        }
    }

    private Optional<LearningModule> module() {
        return learner.module(moduleId);
    }

    private Optional<Step> step() {
        return module().flatMap(m -> m.step(stepId)).filter(s -> s.isPractice() && s.sandbox().id().equals(sandboxId));
    }

    protected Map<String, String> goal() {
        return step().map(Step::goal).orElse(Map.of());
    }

    /** Records a screen the learner submitted that cannot reach the goal by itself. */
    protected void record(String action) {
        practise(action, false);
        stillDifferent = List.of();
        progressMade = null;
    }

    /** Records the learner's attempt at the task and keeps what to tell them about it. */
    protected boolean record(String action, GoalCheck check, String titleKey, Function<Difference, String> describe) {
        practise(action, check.isReached());
        goalReached = check.isReached();
        stillDifferentTitle = SandboxTexts.text(titleKey);
        stillDifferent = goalReached ? List.of() : check.differences().stream().map(describe).toList();
        GoalParts parts = check.parts();
        progressMade = goalReached || parts == null || parts.done() == 0 || parts.isComplete() ? null : describe(parts);
        return check.isReached();
    }

    /** Words for the parts of a goal done so far; only sandboxes whose goals have several like parts have them. */
    protected Progress describe(GoalParts parts) {
        return null;
    }

    private void practise(String action, boolean reached) {
        Optional<LearningModule> module = module();
        Optional<Step> step = step();
        if (module.isEmpty() || step.isEmpty()) {
            return;
        }
        progress.practise(module.get(), step.get(), action, reached);
    }

    /** Says nothing about the attempt this time: the pretend website's own words are enough. */
    protected void keepQuiet() {
        stillDifferent = List.of();
        progressMade = null;
    }

    /** Back to the first screen: the learner practises again. */
    protected void startOver() {
        goalReached = false;
        stillDifferent = List.of();
        progressMade = null;
        errors.clear();
    }

    /** Shows a message next to a box of the pretend website; {@code messageKey} is in the sandbox bundle. */
    protected void refuse(String field, String messageKey) {
        errors.put(field, messageKey);
    }

    protected void clearErrors() {
        errors.clear();
    }

    protected boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The value of a plain form control (a radio button or a list) that the learner submitted. */
    protected static String submitted(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.length() > 100 ? null : value;
    }

    public boolean isReady() {
        return step().isPresent();
    }

    public StepText getTask() {
        return module().map(m -> m.texts().get(learner.language()).steps().get(stepId)).orElse(null);
    }

    /** What the practice step's settings choose about the site; none when it has no settings. */
    protected SiteSettings settings() {
        return step().map(Step::settings).orElse(SiteSettings.NONE);
    }

    /** A name the module's text gives the site in the page's language ("payee"), or null to keep the site's own. */
    protected String siteName(String name) {
        StepText task = getTask();
        return task == null ? null : task.site().get(name);
    }

    /** The module's name for the site in the page's language, else the sandbox bundle's words for {@code ownKey}. */
    protected String siteName(String name, String ownKey) {
        String named = siteName(name);
        return named != null ? named : SandboxTexts.text(ownKey);
    }

    public String getStepAddress() {
        return ModuleRequest.stepPage(moduleId, stepId);
    }

    public String getSandboxId() {
        return sandboxId;
    }


    /** What is wrong with a box, in the learner's words, or null. */
    public String error(String field) {
        String key = errors.get(field);
        return key == null ? null : SandboxTexts.text(key);
    }

    /** Every box to change, in the order of the form. */
    public List<Problem> getProblems() {
        return errors.entrySet().stream().map(e -> {
            String label = labelKey(e.getKey());
            String message = SandboxTexts.text(e.getValue());
            return label == null ? new Problem(null, message)
                    : new Problem(anchor(e.getKey()), SandboxTexts.text(label) + ": " + message);
        }).toList();
    }

    /** For {@code aria-invalid}: "true" when the box needs a change. */
    public String invalid(String field) {
        return String.valueOf(errors.containsKey(field));
    }

    public boolean isGoalReached() {
        return goalReached;
    }

    public String getStillDifferentTitle() {
        return stillDifferentTitle;
    }

    public List<String> getStillDifferent() {
        return stillDifferent;
    }

    public Progress getProgressMade() {
        return progressMade;
    }

    public boolean isPostback() {
        return FacesContext.getCurrentInstance().isPostback();
    }
}
