package org.gefyra.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.learner.GroupRemoving;
import org.gefyra.learner.GroupService;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.security.Caller;

/**
 * Educators give modules to a learner or to a group, perhaps by a date; the learner then sees
 * them first on the kiosk. Giving a module again changes its date; taking it back is no error
 * when it is already gone. Only learners and groups of the educator's own organisation.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentLibrary library;

    @Inject
    LearnerService learners;

    @Inject
    GroupService groups;

    Clock clock = Clock.systemDefaultZone();

    public void assignToLearner(Caller caller, long learnerId, String moduleId, LocalDate targetDate) {
        learners.get(caller, learnerId);
        check(moduleId, targetDate);
        Optional<ModuleAssignment> before = em.createQuery(
                        "select a from ModuleAssignment a where a.learnerId = ?1 and a.moduleId = ?2", ModuleAssignment.class)
                .setParameter(1, learnerId).setParameter(2, moduleId).getResultStream().findFirst();
        if (before.isPresent()) {
            before.get().again(targetDate, caller.id());
        } else {
            em.persist(new ModuleAssignment(learnerId, moduleId, targetDate, caller.id()));
        }
        flushOrAlreadyGiven();
    }

    public void unassignFromLearner(Caller caller, long learnerId, String moduleId) {
        learners.get(caller, learnerId);
        em.createQuery("delete from ModuleAssignment a where a.learnerId = ?1 and a.moduleId = ?2")
                .setParameter(1, learnerId).setParameter(2, moduleId).executeUpdate();
    }

    public void assignToGroup(Caller caller, long groupId, String moduleId, LocalDate targetDate) {
        groups.get(caller, groupId);
        check(moduleId, targetDate);
        Optional<GroupAssignment> before = em.createQuery(
                        "select a from GroupAssignment a where a.groupId = ?1 and a.moduleId = ?2", GroupAssignment.class)
                .setParameter(1, groupId).setParameter(2, moduleId).getResultStream().findFirst();
        if (before.isPresent()) {
            before.get().again(targetDate, caller.id());
        } else {
            em.persist(new GroupAssignment(groupId, moduleId, targetDate, caller.id()));
        }
        flushOrAlreadyGiven();
    }

    public void unassignFromGroup(Caller caller, long groupId, String moduleId) {
        groups.get(caller, groupId);
        em.createQuery("delete from GroupAssignment a where a.groupId = ?1 and a.moduleId = ?2")
                .setParameter(1, groupId).setParameter(2, moduleId).executeUpdate();
    }

    /** A learner's modules: given to them, then given to their groups, with titles in the page's language. */
    public List<AssignedModule> ofLearner(Caller caller, long learnerId, String language) {
        Learner learner = learners.get(caller, learnerId);
        List<AssignedModule> modules = new ArrayList<>();
        em.createQuery("select a from ModuleAssignment a where a.learnerId = ?1", ModuleAssignment.class)
                .setParameter(1, learnerId).getResultStream()
                .forEach(a -> modules.add(new AssignedModule(a.getModuleId(), title(a.getModuleId(), language),
                        a.getTargetDate(), null)));
        for (Object[] row : em.createQuery("select a, g.name from GroupAssignment a, LearnerGroup g "
                + "where a.groupId = g.id and ?1 member of g.members", Object[].class).setParameter(1, learner).getResultList()) {
            GroupAssignment a = (GroupAssignment) row[0];
            modules.add(new AssignedModule(a.getModuleId(), title(a.getModuleId(), language), a.getTargetDate(), (String) row[1]));
        }
        return sorted(modules);
    }

    public List<AssignedModule> ofGroup(Caller caller, long groupId, String language) {
        groups.get(caller, groupId);
        return sorted(em.createQuery("select a from GroupAssignment a where a.groupId = ?1", GroupAssignment.class)
                .setParameter(1, groupId).getResultStream()
                .map(a -> new AssignedModule(a.getModuleId(), title(a.getModuleId(), language), a.getTargetDate(), null))
                .toList());
    }

    /** The modules an educator can give, by title in the page's language. */
    public List<AssignedModule> choices(String language) {
        String shown = Languages.isInterfaceLanguage(language) ? language : Languages.DEFAULT;
        return library.snapshot().modules().values().stream()
                .map(m -> new AssignedModule(m.id(), title(m.id(), shown), null, null))
                .sorted(Comparator.comparing(AssignedModule::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    void groupRemoving(@Observes GroupRemoving removing) {
        em.createQuery("delete from GroupAssignment a where a.groupId = ?1").setParameter(1, removing.groupId())
                .executeUpdate();
    }

    private void check(String moduleId, LocalDate targetDate) {
        if (library.module(moduleId).isEmpty()) {
            throw new InvalidInputException("module", "error.required");
        }
        if (targetDate != null && targetDate.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("targetDate", "error.dateInPast");
        }
    }

    /** Two requests that give the same module at the same moment: the database refuses the second. */
    private void flushOrAlreadyGiven() {
        try {
            em.flush();
        } catch (PersistenceException sameModuleAtOnce) {
            throw new InvalidInputException("module", "error.alreadyAssigned");
        }
    }

    private String title(String moduleId, String language) {
        return library.module(moduleId)
                .map(LearningModule::texts)
                .map(texts -> Optional.ofNullable(texts.get(language)).or(() -> Optional.ofNullable(texts.get(Languages.DEFAULT)))
                        .or(() -> texts.values().stream().findFirst()).map(ModuleText::title).orElse(moduleId))
                .orElse(moduleId);
    }

    private static List<AssignedModule> sorted(List<AssignedModule> modules) {
        return modules.stream().sorted(Comparator.comparing(AssignedModule::targetDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AssignedModule::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
