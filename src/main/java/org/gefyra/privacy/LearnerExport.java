package org.gefyra.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gefyra.learner.Consent;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerService;
import org.gefyra.shared.audit.AuditAction;
import org.gefyra.shared.audit.AuditLog;
import org.gefyra.shared.security.Caller;

/**
 * Gathers everything held about one learner for an educator of their organisation to hand over:
 * the learner record and consent, groups, assignments, progress, learning events, attendance and
 * the notes written about them. Each export is written in the audit log.
 */
@ApplicationScoped
@Transactional
public class LearnerExport {

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerService learners;

    @Inject
    AuditLog audit;

    public LearnerRecord export(Caller caller, long learnerId, String format) {
        Learner learner = learners.get(caller, learnerId);
        audit.record(caller, learnerId, AuditAction.EXPORTED, format);
        return new LearnerRecord(learnerId, learner.getDisplayName(), Instant.now(), facts(learner), List.of(
                section("groups", "SELECT g.name FROM learner_group g JOIN learner_group_member m ON m.group_id = g.id "
                        + "WHERE m.learner_id = ? ORDER BY g.name", learnerId, "group"),
                section("assignments", "SELECT module_id, target_date, assigned_at, '' FROM module_assignment "
                        + "WHERE learner_id = ? UNION ALL SELECT a.module_id, a.target_date, a.assigned_at, g.name "
                        + "FROM group_assignment a JOIN learner_group g ON g.id = a.group_id JOIN learner_group_member m "
                        + "ON m.group_id = g.id WHERE m.learner_id = ? ORDER BY 3",
                        learnerId, "module", "targetDate", "assignedAt", "group"),
                section("progress", "SELECT module_id, module_version, current_step, started_at, last_activity_at, "
                        + "completed_at, confidence_before, confidence_after FROM module_progress WHERE learner_id = ? "
                        + "ORDER BY started_at", learnerId, "module", "version", "step", "startedAt", "lastActivityAt",
                        "completedAt", "confidenceBefore", "confidenceAfter"),
                section("events", "SELECT occurred_at, module_id, step_id, verb, option_id, correct, goal_reached, rating, "
                        + "detail, language FROM learning_event WHERE learner_id = ? ORDER BY occurred_at, id", learnerId,
                        "time", "module", "step", "action", "answer", "correct", "goalReached", "rating", "detail", "language"),
                section("attendance", "SELECT s.title, s.starts_at, a.status, a.joined_at, a.left_at FROM session_attendance a "
                        + "JOIN learning_session s ON s.id = a.session_id WHERE a.learner_id = ? ORDER BY s.starts_at",
                        learnerId, "session", "startsAt", "status", "joinedAt", "leftAt"),
                section("notes", "SELECT n.written_at, st.display_name, n.body FROM learner_note n JOIN staff_account st "
                        + "ON st.id = n.author_id WHERE n.learner_id = ? ORDER BY n.written_at", learnerId,
                        "writtenAt", "writtenBy", "note")));
    }

    private static Map<String, String> facts(Learner learner) {
        Consent consent = learner.getConsent();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("id", String.valueOf(learner.getId()));
        facts.put("name", learner.getDisplayName());
        facts.put("picture", learner.getPicture().name());
        facts.put("language", learner.getLanguage());
        facts.put("ageBand", learner.getAgeBand().name());
        facts.put("targetGroups", learner.getTargetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        facts.put("organisation", learner.getOrganisation().getName());
        facts.put("site", learner.getSite() == null ? "" : learner.getSite().getName());
        facts.put("registeredAt", text(learner.getCreatedAt()));
        facts.put("lastSeenAt", text(learner.getLastSeenAt()));
        facts.put("switchedOffAt", text(learner.getSwitchedOffAt()));
        facts.put("cardPrintedAt", text(learner.getCardPrintedAt()));
        facts.put("cardLocked", String.valueOf(learner.isLocked()));
        facts.put("consentProgress", String.valueOf(consent.isProgressTracking()));
        facts.put("consentReports", String.valueOf(consent.isAnonymousReports()));
        facts.put("consentAt", text(consent.getAt()));
        facts.put("consentBy", consent.getRecordedByName() == null ? "" : consent.getRecordedByName());
        return facts;
    }

    private LearnerRecord.Section section(String name, String sql, long learnerId, String... columns) {
        var query = em.createNativeQuery(sql);
        int parameters = (int) sql.chars().filter(c -> c == '?').count();
        for (int i = 1; i <= parameters; i++) {
            query.setParameter(i, learnerId);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] values = row instanceof Object[] many ? many : new Object[] {row};
            rows.add(Arrays.stream(values).map(LearnerExport::text).toList());
        }
        return new LearnerRecord.Section(name, List.of(columns), rows);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp time) {
            return time.toInstant().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        return value.toString().strip();
    }
}
