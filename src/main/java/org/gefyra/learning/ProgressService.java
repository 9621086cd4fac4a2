package org.gefyra.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
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

/**
 * A learner's way through modules: starting, viewing steps, answering, practising, rating their
 * confidence and finishing. Every action is appended as a learning event and moves the
 * learner's progress in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    /** When a confidence rating is asked. */
    public enum RatingTime {
        BEFORE, AFTER
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentLibrary library;

    /** The learner's modules in a language: in progress first (the latest on top), then assigned, then the rest. */
    public List<ModuleCard> myModules(LearnerKey who, String language) {
        Map<String, ModuleProgress> progress = progressByModule(who);
        Set<String> assigned = who.isGuest() ? Set.of() : Set.copyOf(em.createQuery(
                        "select a.moduleId from ModuleAssignment a where a.learnerId = ?1", String.class)
                .setParameter(1, who.learnerId()).getResultList());
        return library.offeredIn(language).stream()
                .map(module -> card(module, language, assigned.contains(module.id()), progress.get(module.id())))
                .sorted(Comparator.comparing((ModuleCard c) -> !c.isInProgress())
                        .thenComparing(ModuleCard::lastActivity, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(c -> !c.assigned())
                        .thenComparing(ModuleCard::completed))
                .toList();
    }

    public Optional<ModuleProgress> progress(LearnerKey who, String moduleId) {
        return em.createQuery(who.isGuest()
                        ? "select p from ModuleProgress p where p.guestKey = ?1 and p.moduleId = ?2"
                        : "select p from ModuleProgress p where p.learnerId = ?1 and p.moduleId = ?2",
                        ModuleProgress.class)
                .setParameter(1, who.isGuest() ? who.guestKey() : who.learnerId())
                .setParameter(2, moduleId)
                .getResultStream().findFirst();
    }

    /** Opens a module: the first time, it is started. Returns the step to show: where they left off. */
    public Step open(LearnerKey who, LearningModule module, LearningPlace place) {
        ModuleProgress progress = progress(who, module.id()).orElseGet(() -> {
            ModuleProgress started = new ModuleProgress(who, module.id(), module.version());
            em.persist(started);
            em.persist(new LearningEvent(who, place, module.id(), module.version(), null, Verb.STARTED));
            return started;
        });
        int index = progress.getCurrentStep() == null ? -1 : module.indexOf(progress.getCurrentStep());
        return module.steps().get(Math.max(0, index));
    }

    public void rate(LearnerKey who, LearningModule module, RatingTime time, Integer rating, LearningPlace place) {
        ModuleProgress progress = started(who, module);
        if (time == RatingTime.BEFORE) {
            progress.rateBefore(rating);
        } else {
            progress.rateAfter(rating);
        }
        if (rating != null) {
            em.persist(new LearningEvent(who, place, module.id(), module.version(), null, Verb.RATED_CONFIDENCE)
                    .rated(rating, time.name().toLowerCase()));
        }
    }

    public void view(LearnerKey who, LearningModule module, Step step, LearningPlace place) {
        started(who, module).at(step.id(), module.version());
        em.persist(new LearningEvent(who, place, module.id(), module.version(), step.id(), Verb.VIEWED));
    }

    /** Records an answer; returns whether it was the right one. */
    public boolean answer(LearnerKey who, LearningModule module, Step step, String optionId, LearningPlace place) {
        if (!step.isQuiz() || !step.options().contains(optionId)) {
            throw new InvalidInputException("option", "error.chooseAnswer");
        }
        boolean correct = step.correct().equals(optionId);
        started(who, module).at(step.id(), module.version());
        em.persist(new LearningEvent(who, place, module.id(), module.version(), step.id(), Verb.ANSWERED)
                .answered(optionId, correct));
        return correct;
    }

    /** Records an action in a sandbox, and whether it reached the step's goal. */
    public void practise(LearnerKey who, LearningModule module, Step step, String action, boolean goalReached,
            LearningPlace place) {
        started(who, module).at(step.id(), module.version());
        em.persist(new LearningEvent(who, place, module.id(), module.version(), step.id(), Verb.PRACTISED)
                .practised(action, goalReached));
    }

    public boolean goalReached(LearnerKey who, String moduleId, String stepId) {
        return em.createQuery("select count(e) from LearningEvent e where "
                        + (who.isGuest() ? "e.guestKey = ?1" : "e.learnerId = ?1")
                        + " and e.moduleId = ?2 and e.stepId = ?3 and e.goalReached = true", Long.class)
                .setParameter(1, who.isGuest() ? who.guestKey() : who.learnerId())
                .setParameter(2, moduleId).setParameter(3, stepId)
                .getSingleResult() > 0;
    }

    public void complete(LearnerKey who, LearningModule module, LearningPlace place) {
        ModuleProgress progress = started(who, module);
        if (!progress.isCompleted()) {
            progress.complete();
            em.persist(new LearningEvent(who, place, module.id(), module.version(), null, Verb.COMPLETED));
        }
    }

    /** A guest signed out: their visit's progress goes; their events stay, tied to no person. */
    public void forgetGuest(String guestKey) {
        em.createQuery("delete from ModuleProgress p where p.guestKey = ?1").setParameter(1, guestKey).executeUpdate();
    }

    private ModuleProgress started(LearnerKey who, LearningModule module) {
        return progress(who, module.id()).orElseThrow(() -> new InvalidInputException("module", "error.notStarted"));
    }

    private Map<String, ModuleProgress> progressByModule(LearnerKey who) {
        return em.createQuery(who.isGuest()
                        ? "select p from ModuleProgress p where p.guestKey = ?1"
                        : "select p from ModuleProgress p where p.learnerId = ?1", ModuleProgress.class)
                .setParameter(1, who.isGuest() ? who.guestKey() : who.learnerId())
                .getResultStream().collect(Collectors.toMap(ModuleProgress::getModuleId, Function.identity()));
    }

    private static ModuleCard card(LearningModule module, String language, boolean assigned, ModuleProgress progress) {
        int index = progress == null || progress.getCurrentStep() == null ? 0
                : Math.max(0, module.indexOf(progress.getCurrentStep()));
        return new ModuleCard(module, module.texts().get(language), assigned, progress != null,
                progress != null && progress.isCompleted(), progress == null ? 0 : index + 1,
                progress == null ? null : progress.getLastActivityAt());
    }
}
