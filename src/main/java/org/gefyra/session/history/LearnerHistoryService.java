package org.gefyra.session.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gefyra.account.StaffAccount;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.content.StepText;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerService;
import org.gefyra.learning.LearningEvent;
import org.gefyra.learning.ModuleProgress;
import org.gefyra.learning.Verb;
import org.gefyra.session.Attendance;
import org.gefyra.session.LearningSession;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/**
 * A learner's history for the educators of their organisation, read from their progress, their
 * learning events and their attendance; and the notes educators write about them.
 */
@ApplicationScoped
@Transactional
public class LearnerHistoryService {

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerService learners;

    @Inject
    ContentLibrary library;

    public LearnerHistory history(Caller caller, long learnerId, String language) {
        Learner learner = learners.view(caller, learnerId);
        List<ModuleProgress> progress = em.createQuery("select p from ModuleProgress p where p.learnerId = ?1 "
                + "order by p.lastActivityAt desc", ModuleProgress.class).setParameter(1, learnerId).getResultList();
        Map<String, List<LearningEvent>> events = new LinkedHashMap<>();
        em.createQuery("select e from LearningEvent e where e.learnerId = ?1 and (e.verb = ?2 or e.verb = ?3) "
                        + "order by e.occurredAt, e.id", LearningEvent.class)
                .setParameter(1, learnerId).setParameter(2, Verb.ANSWERED).setParameter(3, Verb.PRACTISED)
                .getResultStream().forEach(e -> events.computeIfAbsent(e.getModuleId(), k -> new ArrayList<>()).add(e));
        List<LearnerHistory.ModuleRow> modules = progress.stream()
                .map(p -> module(p, events.getOrDefault(p.getModuleId(), List.of()), language)).toList();
        return new LearnerHistory(learner.getId(), learner.getDisplayName(),
                learner.getSite() == null ? null : learner.getSite().getName(), learner.getLanguage(),
                learner.getCreatedAt(), modules, attended(learnerId), notes(learnerId));
    }

    public LearnerNote addNote(Caller caller, long learnerId, String text) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        Learner learner = learners.get(caller, learnerId);
        LearnerNote note = new LearnerNote(learner.getId(), caller.id(), text);
        em.persist(note);
        return note;
    }

    private LearnerHistory.ModuleRow module(ModuleProgress progress, List<LearningEvent> events, String language) {
        Optional<LearningModule> module = library.module(progress.getModuleId());
        ModuleText text = module.flatMap(m -> m.text(language).or(() -> m.text(Languages.DEFAULT))
                .or(() -> m.texts().values().stream().findFirst())).orElse(null);
        Map<String, List<LearningEvent>> byStep = new LinkedHashMap<>();
        events.forEach(e -> byStep.computeIfAbsent(e.getStepId(), k -> new ArrayList<>()).add(e));
        List<LearnerHistory.QuizRow> quizzes = new ArrayList<>();
        List<LearnerHistory.GoalRow> goals = new ArrayList<>();
        byStep.forEach((stepId, stepEvents) -> {
            StepText step = text == null || stepId == null ? null : text.steps().get(stepId);
            String title = step == null ? String.valueOf(stepId) : step.title();
            List<LearningEvent> answers = stepEvents.stream().filter(e -> e.getVerb() == Verb.ANSWERED).toList();
            if (!answers.isEmpty()) {
                quizzes.add(new LearnerHistory.QuizRow(title, answers.stream().map(e -> new LearnerHistory.Attempt(
                        optionText(step, e.getOptionId()), Boolean.TRUE.equals(e.getCorrect()), e.getOccurredAt())).toList()));
            }
            List<LearningEvent> tries = stepEvents.stream().filter(e -> e.getVerb() == Verb.PRACTISED).toList();
            if (!tries.isEmpty()) {
                goals.add(new LearnerHistory.GoalRow(title, tries.size(), tries.stream()
                        .filter(e -> Boolean.TRUE.equals(e.getGoalReached())).map(LearningEvent::getOccurredAt)
                        .findFirst().orElse(null)));
            }
        });
        int index = module.map(m -> progress.getCurrentStep() == null ? 0 : m.indexOf(progress.getCurrentStep())).orElse(0);
        return new LearnerHistory.ModuleRow(progress.getModuleId(), text == null ? progress.getModuleId() : text.title(),
                progress.getStartedAt(), progress.getLastActivityAt(), progress.getCompletedAt(), Math.max(0, index) + 1,
                module.map(m -> m.steps().size()).orElse(0), progress.getConfidenceBefore(), progress.getConfidenceAfter(),
                quizzes, goals);
    }

    private static String optionText(StepText step, String optionId) {
        if (step == null || optionId == null || !step.options().containsKey(optionId)) {
            return optionId;
        }
        return step.options().get(optionId).text();
    }

    private List<LearnerHistory.Attended> attended(long learnerId) {
        return em.createQuery("select a, s from Attendance a, LearningSession s "
                        + "where s.id = a.sessionId and a.learnerId = ?1 order by s.startsAt desc", Object[].class)
                .setParameter(1, learnerId).getResultStream()
                .map(row -> {
                    Attendance a = (Attendance) row[0];
                    LearningSession s = (LearningSession) row[1];
                    return new LearnerHistory.Attended(s.getId(), s.getTitle(), s.getSite().getName(), s.getStartsAt(),
                            a.getStatus());
                }).toList();
    }

    private List<LearnerHistory.NoteRow> notes(long learnerId) {
        List<LearnerNote> notes = em.createQuery("select n from LearnerNote n where n.learnerId = ?1 "
                + "order by n.writtenAt desc, n.id desc", LearnerNote.class).setParameter(1, learnerId).getResultList();
        Map<Long, String> authors = new LinkedHashMap<>();
        for (LearnerNote note : notes) {
            authors.computeIfAbsent(note.getAuthorId(), id -> Optional.ofNullable(em.find(StaffAccount.class, id))
                    .map(StaffAccount::getDisplayName).orElse("?"));
        }
        return notes.stream().sorted(Comparator.comparing(LearnerNote::getWrittenAt).reversed())
                .map(n -> new LearnerHistory.NoteRow(n.getWrittenAt(), authors.get(n.getAuthorId()), n.getBody())).toList();
    }
}
