package org.gefyra.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Step;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.SignedOut;

/**
 * A learner's way through modules: starting, viewing steps, answering, practising, rating their
 * confidence and finishing. Every action is appended as a learning event and moves the
 * learner's progress in the same commit, which the {@link LearningJournal} shares among many
 * requests; this service only reads. One learner's overlapping requests are taken one after the
 * other, and the same action repeated within a moment (a double tap, a retry) is recorded once.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    /** When a confidence rating is asked. */
    public enum RatingTime {
        BEFORE, AFTER
    }

    static final Duration REPEAT_WINDOW = Duration.ofSeconds(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentLibrary library;

    @Inject
    LearnerLocks locks;

    @Inject
    LearningJournal journal;

    /**
     * The learner's modules in a language: first those an educator assigned them (or one of their
     * groups) and they have not finished, the nearest date first; then those in progress, the
     * latest on top; then the rest, the finished ones last.
     */
    public List<ModuleCard> myModules(LearnerKey who, String language) {
        Map<String, ModuleProgress> progress = em.createQuery(
                        "select p from ModuleProgress p where " + who.condition("p"), ModuleProgress.class)
                .setParameter(1, who.value())
                .getResultStream().collect(Collectors.toMap(ModuleProgress::getModuleId, Function.identity()));
        Map<String, Optional<LocalDate>> assigned = who.isGuest() ? Map.of() : assignedTo(who.learnerId());
        return library.offeredIn(language).stream()
                .map(module -> card(module, language, assigned.get(module.id()), progress.get(module.id())))
                .sorted(Comparator.comparing((ModuleCard c) -> !(c.assigned() && !c.completed()))
                        .thenComparing(c -> c.assigned() ? c.targetDate() : null, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(c -> !c.isInProgress())
                        .thenComparing(ModuleCard::lastActivity, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ModuleCard::completed))
                .toList();
    }

    /** The modules assigned to a learner, directly or through their groups, each with its nearest date if any. */
    private Map<String, Optional<LocalDate>> assignedTo(long learnerId) {
        Map<String, Optional<LocalDate>> assigned = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(em.createQuery(
                        "select a.moduleId, a.targetDate from ModuleAssignment a where a.learnerId = ?1", Object[].class)
                .setParameter(1, learnerId).getResultList());
        rows.addAll(em.createQuery("select a.moduleId, a.targetDate from GroupAssignment a, LearnerGroup g "
                        + "join g.members m where a.groupId = g.id and m.id = ?1", Object[].class)
                .setParameter(1, learnerId).getResultList());
        for (Object[] row : rows) {
            Optional<LocalDate> date = Optional.ofNullable((LocalDate) row[1]);
            assigned.merge((String) row[0], date, (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a
                    : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get()));
        }
        return assigned;
    }

    /** Where the learner stands in a module, as committed; a copy that changes nothing when changed. */
    public Optional<ModuleProgress> progress(LearnerKey who, String moduleId) {
        Optional<ModuleProgress> found = em.createQuery("select p from ModuleProgress p where " + who.condition("p")
                        + " and p.moduleId = ?2", ModuleProgress.class)
                .setParameter(1, who.value())
                .setParameter(2, moduleId)
                .getResultStream().findFirst();
        found.ifPresent(em::detach);
        return found;
    }

    /** Opens a module: the first time, it is started. Returns the step to show: where they left off. */
    public Step open(LearnerKey who, LearningModule module, LearningPlace place) {
        locks.holdUntilCommit(who);
        ModuleProgress progress = progress(who, module.id()).orElseGet(() -> start(who, module, place));
        int index = progress.getCurrentStep() == null ? -1 : module.indexOf(progress.getCurrentStep());
        return module.steps().get(Math.max(0, index));
    }

    private ModuleProgress start(LearnerKey who, LearningModule module, LearningPlace place) {
        ModuleProgress started = new ModuleProgress(who, module.id(), module.version());
        try {
            journal.write(List.of(new JournalEntry.Started(started), new JournalEntry.Appended(
                    new LearningEvent(who, place, module.id(), module.version(), null, Verb.STARTED).lasting(0))));
            return started;
        } catch (IllegalStateException notSaved) {
            // the same learner started it at the same moment on another server: theirs counts
            return progress(who, module.id()).orElseThrow(() -> notSaved);
        }
    }

    /** Records how sure the learner feels; false if they have not opened the module. */
    public boolean rate(LearnerKey who, LearningModule module, RatingTime time, Integer rating, LearningPlace place) {
        locks.holdUntilCommit(who);
        Optional<ModuleProgress> progress = progress(who, module.id());
        if (progress.isEmpty()) {
            return false;
        }
        String action = "rated|" + time + "|" + rating;
        if (progress.get().isRepeat(action, REPEAT_WINDOW)) {
            return true;
        }
        int seconds = rating == null ? 0 : progress.get().spendActiveTime();
        if (time == RatingTime.BEFORE) {
            progress.get().rateBefore(rating);
        } else {
            progress.get().rateAfter(rating);
        }
        progress.get().did(action);
        List<JournalEntry> changes = new ArrayList<>(List.of(new JournalEntry.Moved(progress.get())));
        if (rating != null) {
            changes.add(new JournalEntry.Appended(new LearningEvent(who, place, module.id(), module.version(), null,
                    Verb.RATED_CONFIDENCE).rated(rating, time.name().toLowerCase()).lasting(seconds)));
        }
        journal.write(changes);
        return true;
    }

    /** Records that a step was shown; false if the learner has not opened the module (its first page starts it). */
    public boolean view(LearnerKey who, LearningModule module, Step step, LearningPlace place) {
        return record(who, module, step, viewed(step),
                () -> new LearningEvent(who, place, module.id(), module.version(), step.id(), Verb.VIEWED));
    }

    static String viewed(Step step) {
        return "viewed|" + step.id();
    }

    /** Records an answer; returns whether it was the right one. */
    public boolean answer(LearnerKey who, LearningModule module, Step step, String optionId, LearningPlace place) {
        boolean correct = isCorrect(step, optionId);
        record(who, module, step, "answered|" + step.id() + "|" + optionId,
                () -> new LearningEvent(who, place, module.id(), module.version(), step.id(), Verb.ANSWERED)
                        .answered(optionId, correct));
        return correct;
    }

    /** Whether an answer to a quiz is the right one; an answer that is not one of its options is refused. */
    public static boolean isCorrect(Step step, String optionId) {
        if (!step.isQuiz() || !step.options().contains(optionId)) {
            throw new InvalidInputException("option", "error.chooseAnswer");
        }
        return step.correct().equals(optionId);
    }

    /** Records an action in a sandbox, and whether it reached the step's goal; false if the module was not opened. */
    public boolean practise(LearnerKey who, LearningModule module, Step step, String action, boolean goalReached,
            LearningPlace place) {
        return record(who, module, step, "practised|" + step.id() + "|" + goalReached + "|" + action,
                () -> new LearningEvent(who, place, module.id(), module.version(), step.id(), Verb.PRACTISED)
                        .practised(action, goalReached));
    }

    public boolean goalReached(LearnerKey who, String moduleId, String stepId) {
        return em.createQuery("select count(e) from LearningEvent e where " + who.condition("e")
                        + " and e.moduleId = ?2 and e.stepId = ?3 and e.goalReached = true", Long.class)
                .setParameter(1, who.value())
                .setParameter(2, moduleId).setParameter(3, stepId)
                .getSingleResult() > 0;
    }

    /** The first step of the module the learner has not been shown yet, if there is one. */
    public Optional<Step> firstStepNotReached(LearnerKey who, LearningModule module) {
        Set<String> viewed = new HashSet<>(em.createQuery("select distinct e.stepId from LearningEvent e where "
                        + who.condition("e") + " and e.moduleId = ?2 and e.verb = ?3", String.class)
                .setParameter(1, who.value()).setParameter(2, module.id()).setParameter(3, Verb.VIEWED)
                .getResultList());
        return module.steps().stream().filter(step -> !viewed.contains(step.id())).findFirst();
    }

    /** Finishes the module if every step of it was reached; returns whether it is finished. */
    public boolean complete(LearnerKey who, LearningModule module, LearningPlace place) {
        locks.holdUntilCommit(who);
        Optional<ModuleProgress> progress = progress(who, module.id());
        if (progress.isEmpty() || firstStepNotReached(who, module).isPresent()) {
            return false;
        }
        if (!progress.get().isCompleted()) {
            int seconds = progress.get().spendActiveTime();
            progress.get().complete();
            journal.write(List.of(new JournalEntry.Moved(progress.get()), new JournalEntry.Appended(
                    new LearningEvent(who, place, module.id(), module.version(), null, Verb.COMPLETED).lasting(seconds))));
        }
        return true;
    }

    /** The learner was shown the certificate of a module they finished: the first time, it counts as issued. */
    public void certificateShown(LearnerKey who, String moduleId) {
        locks.holdUntilCommit(who);
        progress(who, moduleId).filter(ModuleProgress::certificateShown)
                .ifPresent(issued -> journal.write(List.of(new JournalEntry.Moved(issued))));
    }

    /** A guest's visit ended: their progress goes; their events stay, tied to no person. */
    public void forgetGuest(@Observes SignedOut signedOut) {
        if (signedOut.caller().guestKey() != null) {
            em.createQuery("delete from ModuleProgress p where p.guestKey = ?1")
                    .setParameter(1, signedOut.caller().guestKey()).executeUpdate();
        }
    }

    private boolean record(LearnerKey who, LearningModule module, Step step, String action,
            java.util.function.Supplier<LearningEvent> event) {
        locks.holdUntilCommit(who);
        Optional<ModuleProgress> progress = progress(who, module.id());
        if (progress.isEmpty()) {
            return false;
        }
        if (!progress.get().isRepeat(action, REPEAT_WINDOW)) {
            int seconds = progress.get().spendActiveTime();
            progress.get().at(step.id(), module.version());
            progress.get().did(action);
            journal.write(List.of(new JournalEntry.Moved(progress.get()),
                    new JournalEntry.Appended(event.get().lasting(seconds))));
        }
        return true;
    }

    private static ModuleCard card(LearningModule module, String language, Optional<LocalDate> assigned,
            ModuleProgress progress) {
        int index = progress == null || progress.getCurrentStep() == null ? 0
                : Math.max(0, module.indexOf(progress.getCurrentStep()));
        return new ModuleCard(module, module.texts().get(language), assigned != null,
                assigned == null ? null : assigned.orElse(null), progress != null,
                progress != null && progress.isCompleted(), progress == null ? 0 : index + 1,
                progress == null ? null : progress.getLastActivityAt());
    }
}
