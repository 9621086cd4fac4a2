package org.gefyra.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.gefyra.content.LearningModule;
import org.gefyra.shared.persistence.RetriedOnConflict;

/**
 * "Was this lesson useful?" and "What was hard?", asked of a registered learner after they finish a
 * module. Only for a finished module; a repeated answer (a double tap, Back) changes the one there is.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class FeedbackService {

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerLocks locks;

    @Inject
    ProgressService progress;

    /** Whether this learner may say how the module was: a registered learner who finished it. */
    public boolean mayGive(LearnerKey who, String moduleId) {
        return !who.isGuest() && progress.progress(who, moduleId).filter(ModuleProgress::isCompleted).isPresent();
    }

    public Optional<ModuleFeedback> of(LearnerKey who, String moduleId) {
        if (who.isGuest()) {
            return Optional.empty();
        }
        return em.createQuery("select f from ModuleFeedback f where f.learnerId = ?1 and f.moduleId = ?2",
                        ModuleFeedback.class)
                .setParameter(1, who.learnerId()).setParameter(2, moduleId)
                .getResultStream().findFirst();
    }

    /** Records how useful the module was; false if this learner may not (see {@link #mayGive}). */
    public boolean useful(LearnerKey who, LearningModule module, Usefulness usefulness, String language) {
        locks.holdUntilCommit(who);
        if (!mayGive(who, module.id())) {
            return false;
        }
        ModuleFeedback feedback = of(who, module.id()).orElseGet(() -> {
            ModuleFeedback first = new ModuleFeedback(who.learnerId(), module.id(), module.version());
            em.persist(first);
            return first;
        });
        feedback.useful(usefulness, language);
        return true;
    }

    /** Records what was hard, after "useful"; false if there is no answer to "useful" yet. */
    public boolean hard(LearnerKey who, String moduleId, Set<HardPart> parts) {
        locks.holdUntilCommit(who);
        Optional<ModuleFeedback> feedback = of(who, moduleId);
        feedback.ifPresent(f -> f.hard(parts));
        return feedback.isPresent();
    }
}
