package org.gefyra.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Step;
import org.gefyra.content.StepText;
import org.gefyra.learning.LearningEvent;
import org.gefyra.learning.ModuleProgress;
import org.gefyra.learning.Verb;
import org.gefyra.organisation.Organisation;
import org.gefyra.shared.security.Caller;

/**
 * The learning records as xAPI statements (1.0.3, and 2.0 alike): one per learning event of a
 * registered learner of the organisations the caller may see, who agreed to anonymous reports, and
 * one per session such a learner attended (ADL's "attended"), in the order of their times. The
 * actor is a pseudonymous account (never a name); verbs are ADL's; activities are IRIs under the
 * configured base. A statement's id is derived from the event's (or the attendance's), so it never changes.
 */
@ApplicationScoped
@Transactional
public class XapiStatements {

    public static final String VERSION = "1.0.3";
    static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/";

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportService reports;

    @Inject
    ContentLibrary library;

    @Inject
    XapiSecret secret;

    /** A page of statements, and the query of the next page if there is one. */
    public record Page(List<JsonObject> statements, Optional<XapiQuery> next) {
    }

    public Page page(Caller caller, XapiQuery query, String base) {
        List<Long> organisations = reports.visibleOrganisations(caller).stream().map(Organisation::getId).toList();
        if (organisations.isEmpty()) {
            return new Page(List.of(), Optional.empty());
        }
        // Two kinds of statement, each read up to a page and one more, merged in the order of the pages.
        List<Entry> entries = new ArrayList<>();
        events(organisations, query).forEach(e -> entries.add(new Entry(
                new XapiQuery.Cursor(e.getOccurredAt(), XapiQuery.Cursor.Kind.EVENT, e.getId()), e, null)));
        attended(organisations, query).forEach(a -> entries.add(new Entry(
                new XapiQuery.Cursor(a.at(), XapiQuery.Cursor.Kind.ATTENDANCE, a.id()), null, a)));
        Comparator<Entry> order = Comparator.comparing((Entry e) -> e.cursor().time())
                .thenComparing(e -> e.cursor().kind()).thenComparingLong(e -> e.cursor().id());
        entries.sort(query.ascending() ? order : order.reversed());
        List<Entry> found = entries.size() > query.limit() ? entries.subList(0, query.limit()) : entries;
        Optional<XapiQuery> next = entries.size() > query.limit()
                ? Optional.of(query.next(found.get(found.size() - 1).cursor())) : Optional.empty();
        Mac pseudonyms = pseudonyms();
        Map<String, Completion> completions = new HashMap<>();
        List<JsonObject> statements = new ArrayList<>();
        for (Entry entry : found) {
            LearningEvent event = entry.event();
            if (event == null) {
                statements.add(attendedStatement(entry.attended(), base, pseudonyms));
                continue;
            }
            Completion completion = event.getVerb() == Verb.COMPLETED
                    ? completions.computeIfAbsent(event.getLearnerId() + "|" + event.getModuleId(),
                            k -> completion(event.getLearnerId(), event.getModuleId()))
                    : null;
            statements.add(statement(event, base, pseudonyms, completion));
        }
        return new Page(statements, next);
    }

    /** A statement to be: a learning event's or a session attended, where it stands in the order. */
    private record Entry(XapiQuery.Cursor cursor, LearningEvent event, Attended attended) {
    }

    /** A registered learner present at a session: when they joined or were marked present, where, in which language. */
    record Attended(long id, long sessionId, long learnerId, Instant at, long organisationId, long siteId, String language) {
    }

    /** The learning events of the page: of learners who agreed to be counted in anonymous reports, as in the reports. */
    private List<LearningEvent> events(List<Long> organisations, XapiQuery query) {
        StringBuilder jpql = new StringBuilder("select e from LearningEvent e, Learner l where l.id = e.learnerId "
                + "and l.consent.anonymousReports = true and l.organisation.id in ?1");
        Map<Integer, Object> parameters = new LinkedHashMap<>();
        parameters.put(1, organisations);
        if (query.since() != null) {
            jpql.append(" and e.occurredAt > ?2");
            parameters.put(2, query.since());
        }
        if (query.until() != null) {
            jpql.append(" and e.occurredAt <= ?3");
            parameters.put(3, query.until());
        }
        XapiQuery.Cursor after = query.after();
        if (after != null) {
            String beyond = query.ascending() ? ">" : "<";
            if (after.kind() == XapiQuery.Cursor.Kind.EVENT) {
                jpql.append(" and (e.occurredAt ").append(beyond).append(" ?4 or (e.occurredAt = ?4 and e.id ")
                        .append(beyond).append(" ?5))");
                parameters.put(5, after.id());
            } else {
                // after a session attended at that moment: the events of the moment came before it (newest first, after it)
                jpql.append(" and e.occurredAt ").append(query.ascending() ? ">" : "<=").append(" ?4");
            }
            parameters.put(4, after.time());
        }
        jpql.append(query.ascending() ? " order by e.occurredAt, e.id" : " order by e.occurredAt desc, e.id desc");
        TypedQuery<LearningEvent> events = em.createQuery(jpql.toString(), LearningEvent.class)
                .setMaxResults(query.limit() + 1);
        parameters.forEach(events::setParameter);
        return events.getResultList();
    }

    /**
     * The sessions attended of the page: registered learners who agreed to anonymous reports, marked
     * present at a session held (open, or closed since) by one of the organisations.
     */
    private List<Attended> attended(List<Long> organisations, XapiQuery query) {
        String at = "coalesce(a.joined_at, a.marked_at)";
        StringBuilder sql = new StringBuilder("select a.id, a.session_id, a.learner_id, " + at + ", s.organisation_id, "
                + "s.site_id, l.language from session_attendance a join learning_session s on s.id = a.session_id "
                + "join learner l on l.id = a.learner_id where a.status = 'PRESENT' and s.status in ('OPEN', 'CLOSED') and "
                + ReportQueries.Learners.COUNTED + " and s.organisation_id in (");
        List<Object> parameters = new ArrayList<>(organisations);
        sql.append(String.join(", ", java.util.Collections.nCopies(organisations.size(), "?"))).append(")");
        if (query.since() != null) {
            sql.append(" and ").append(at).append(" > ?");
            parameters.add(Timestamp.from(query.since()));
        }
        if (query.until() != null) {
            sql.append(" and ").append(at).append(" <= ?");
            parameters.add(Timestamp.from(query.until()));
        }
        XapiQuery.Cursor after = query.after();
        if (after != null) {
            String beyond = query.ascending() ? ">" : "<";
            if (after.kind() == XapiQuery.Cursor.Kind.ATTENDANCE) {
                sql.append(" and (").append(at).append(" ").append(beyond).append(" ? or (").append(at)
                        .append(" = ? and a.id ").append(beyond).append(" ?))");
                parameters.add(Timestamp.from(after.time()));
                parameters.add(Timestamp.from(after.time()));
                parameters.add(after.id());
            } else {
                // after a learning event of that moment: its sessions attended come after it (newest first, before it)
                sql.append(" and ").append(at).append(query.ascending() ? " >= ?" : " < ?");
                parameters.add(Timestamp.from(after.time()));
            }
        }
        sql.append(query.ascending() ? " order by 4, 1" : " order by 4 desc, 1 desc");
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toString().toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        var found = em.createNativeQuery(numbered.toString()).setMaxResults(query.limit() + 1);
        for (int i = 0; i < parameters.size(); i++) {
            found.setParameter(i + 1, parameters.get(i));
        }
        List<Attended> attended = new ArrayList<>();
        for (Object row : found.getResultList()) {
            Object[] r = (Object[]) row;
            attended.add(new Attended(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Timestamp) r[3]).toInstant(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                    r[6] == null ? null : String.valueOf(r[6]).strip()));
        }
        return attended;
    }

    /** The id of the statement of a session attended: a name-based UUID, the same every time. */
    public static UUID attendedStatementId(long attendanceId) {
        return UUID.nameUUIDFromBytes(("gefyra-session-attendance:" + attendanceId).getBytes(StandardCharsets.UTF_8));
    }

    /** A learner attended a session: ADL's "attended", the session an activity under the base, where and in which language. */
    JsonObject attendedStatement(Attended attended, String base, Mac pseudonyms) {
        String session = base + "/sessions/" + attended.sessionId();
        JsonObjectBuilder context = Json.createObjectBuilder().add("platform", "Gefyra");
        if (attended.language() != null && !attended.language().isEmpty()) {
            context.add("language", attended.language());
        }
        context.add("contextActivities", Json.createObjectBuilder().add("grouping", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("objectType", "Activity")
                        .add("id", base + "/organisations/" + attended.organisationId()))
                .add(Json.createObjectBuilder().add("objectType", "Activity")
                        .add("id", base + "/sites/" + attended.siteId()))));
        context.add("extensions", Json.createObjectBuilder().add(base + "/extensions/site", base + "/sites/" + attended.siteId()));
        String time = attended.at().toString();
        return Json.createObjectBuilder()
                .add("id", attendedStatementId(attended.id()).toString())
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent")
                        .add("account", Json.createObjectBuilder().add("homePage", base)
                                .add("name", pseudonym(pseudonyms, attended.learnerId()))))
                .add("verb", Json.createObjectBuilder().add("id", ADL_VERBS + "attended")
                        .add("display", Json.createObjectBuilder().add("en-US", "attended")))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", session)
                        .add("definition", Json.createObjectBuilder().add("type", ADL_ACTIVITIES + "meeting")))
                .add("context", context)
                .add("timestamp", time).add("stored", time)
                .add("authority", Json.createObjectBuilder().add("objectType", "Agent")
                        .add("account", Json.createObjectBuilder().add("homePage", base).add("name", "gefyra")))
                .add("version", VERSION)
                .build();
    }

    /** The id of the statement of an event: a name-based UUID, the same every time. */
    public static UUID statementId(long eventId) {
        return UUID.nameUUIDFromBytes(("gefyra-learning-event:" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    /** How long a finished module took, and the share of its questions answered right at the first try. */
    private record Completion(Integer seconds, Double firstTryRight) {
    }

    private Completion completion(Long learnerId, String moduleId) {
        Integer seconds = em.createQuery("select p from ModuleProgress p where p.learnerId = ?1 and p.moduleId = ?2",
                        ModuleProgress.class).setParameter(1, learnerId).setParameter(2, moduleId)
                .getResultStream().findFirst().map(ModuleProgress::getSecondsToComplete).orElse(null);
        Map<String, Boolean> first = new LinkedHashMap<>();
        em.createQuery("select e.stepId, e.correct from LearningEvent e where e.learnerId = ?1 and e.moduleId = ?2 "
                        + "and e.verb = ?3 order by e.id", Object[].class)
                .setParameter(1, learnerId).setParameter(2, moduleId).setParameter(3, Verb.ANSWERED)
                .getResultList().forEach(r -> first.putIfAbsent((String) r[0], Boolean.TRUE.equals(r[1])));
        Double share = first.isEmpty() ? null
                : first.values().stream().filter(Boolean::booleanValue).count() / (double) first.size();
        return new Completion(seconds, share);
    }

    JsonObject statement(LearningEvent event, String base, Mac pseudonyms, Completion completion) {
        String module = base + "/modules/" + event.getModuleId();
        Optional<LearningModule> content = library.module(event.getModuleId());
        Optional<Step> step = event.getStepId() == null ? Optional.empty()
                : content.flatMap(m -> m.step(event.getStepId()));
        JsonObjectBuilder statement = Json.createObjectBuilder()
                .add("id", statementId(event.getId()).toString())
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent")
                        .add("account", Json.createObjectBuilder().add("homePage", base)
                                .add("name", pseudonym(pseudonyms, event.getLearnerId()))));
        JsonObjectBuilder result = Json.createObjectBuilder();
        JsonObjectBuilder object;
        String verb;
        switch (event.getVerb()) {
            case STARTED -> {
                verb = "initialized";
                object = moduleActivity(module, content);
            }
            case VIEWED -> {
                verb = "experienced";
                object = stepActivity(module, event, content, step, "lesson");
            }
            case ANSWERED -> {
                verb = "answered";
                object = stepActivity(module, event, content, step, "question");
                result.add("success", Boolean.TRUE.equals(event.getCorrect()));
                if (event.getOptionId() != null) {
                    result.add("response", event.getOptionId());
                }
            }
            case PRACTISED -> {
                boolean reached = Boolean.TRUE.equals(event.getGoalReached());
                verb = reached ? "passed" : "interacted";
                object = stepActivity(module, event, content, step, "simulation");
                result.add("success", reached);
            }
            case RATED_CONFIDENCE -> {
                verb = "responded";
                String when = "after".equals(event.getDetail()) ? "after" : "before";
                object = Json.createObjectBuilder().add("objectType", "Activity").add("id", module + "/confidence-" + when)
                        .add("definition", Json.createObjectBuilder().add("type", ADL_ACTIVITIES + "question")
                                .add("interactionType", "likert")
                                .add("name", names(content, text -> text.canDo()))
                                .add("scale", scale()));
                if (event.getRating() != null) {
                    int rating = event.getRating();
                    result.add("response", String.valueOf(rating)).add("score", Json.createObjectBuilder()
                            .add("raw", rating).add("min", ModuleProgress.LOWEST_RATING).add("max", ModuleProgress.HIGHEST_RATING)
                            .add("scaled", (rating - ModuleProgress.LOWEST_RATING)
                                    / (double) (ModuleProgress.HIGHEST_RATING - ModuleProgress.LOWEST_RATING)));
                }
            }
            default -> {
                verb = "completed";
                object = moduleActivity(module, content);
                result.add("completion", true);
                if (completion != null && completion.firstTryRight() != null) {
                    result.add("score", Json.createObjectBuilder().add("scaled", completion.firstTryRight()));
                }
            }
        }
        Integer seconds = event.getVerb() == Verb.COMPLETED && completion != null && completion.seconds() != null
                ? completion.seconds() : event.getActiveSeconds();
        if (seconds != null) {
            result.add("duration", Duration.ofSeconds(seconds).toString());
        }
        statement.add("verb", Json.createObjectBuilder().add("id", ADL_VERBS + verb)
                .add("display", Json.createObjectBuilder().add("en-US", verb)));
        statement.add("object", object);
        JsonObject written = result.build();
        if (!written.isEmpty()) {
            statement.add("result", written);
        }
        statement.add("context", context(event, base, module));
        String time = event.getOccurredAt().toString();
        statement.add("timestamp", time).add("stored", time)
                .add("authority", Json.createObjectBuilder().add("objectType", "Agent")
                        .add("account", Json.createObjectBuilder().add("homePage", base).add("name", "gefyra")))
                .add("version", VERSION);
        return statement.build();
    }

    private JsonObjectBuilder context(LearningEvent event, String base, String module) {
        JsonObjectBuilder context = Json.createObjectBuilder().add("platform", "Gefyra");
        if (event.getLanguage() != null) {
            context.add("language", event.getLanguage());
        }
        JsonObjectBuilder activities = Json.createObjectBuilder();
        if (event.getStepId() != null || event.getVerb() == Verb.RATED_CONFIDENCE) {
            activities.add("parent", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("objectType", "Activity").add("id", module)));
        }
        JsonArrayBuilder grouping = Json.createArrayBuilder();
        if (event.getOrganisationId() != null) {
            grouping.add(Json.createObjectBuilder().add("objectType", "Activity")
                    .add("id", base + "/organisations/" + event.getOrganisationId()));
        }
        if (event.getSiteId() != null) {
            grouping.add(Json.createObjectBuilder().add("objectType", "Activity").add("id", base + "/sites/" + event.getSiteId()));
            context.add("extensions", Json.createObjectBuilder().add(base + "/extensions/site", base + "/sites/" + event.getSiteId()));
        }
        if (event.getSessionId() != null) {
            grouping.add(Json.createObjectBuilder().add("objectType", "Activity")
                    .add("id", base + "/sessions/" + event.getSessionId()));
        }
        JsonArrayBuilder groupingArray = grouping;
        var built = groupingArray.build();
        if (!built.isEmpty()) {
            activities.add("grouping", built);
        }
        JsonObject contextActivities = activities.build();
        if (!contextActivities.isEmpty()) {
            context.add("contextActivities", contextActivities);
        }
        return context;
    }

    private JsonObjectBuilder moduleActivity(String module, Optional<LearningModule> content) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", module)
                .add("definition", Json.createObjectBuilder().add("type", ADL_ACTIVITIES + "module")
                        .add("name", names(content, text -> text.title())));
    }

    private JsonObjectBuilder stepActivity(String module, LearningEvent event, Optional<LearningModule> content,
            Optional<Step> step, String type) {
        JsonObjectBuilder definition = Json.createObjectBuilder().add("type", ADL_ACTIVITIES + type);
        JsonObjectBuilder names = Json.createObjectBuilder();
        content.ifPresent(m -> m.texts().forEach((language, text) -> {
            StepText stepText = text.steps().get(event.getStepId());
            if (stepText != null && stepText.title() != null) {
                names.add(language, stepText.title());
            }
        }));
        JsonObject written = names.build();
        if (!written.isEmpty()) {
            definition.add("name", written);
        }
        if ("question".equals(type) && step.isPresent() && step.get().isQuiz()) {
            definition.add("interactionType", "choice");
            JsonArrayBuilder choices = Json.createArrayBuilder();
            for (String option : step.get().options()) {
                JsonObjectBuilder description = Json.createObjectBuilder();
                content.get().texts().forEach((language, text) -> {
                    StepText stepText = text.steps().get(event.getStepId());
                    if (stepText != null && stepText.options().containsKey(option)) {
                        description.add(language, stepText.options().get(option).text());
                    }
                });
                choices.add(Json.createObjectBuilder().add("id", option).add("description", description));
            }
            definition.add("choices", choices);
            definition.add("correctResponsesPattern", Json.createArrayBuilder().add(step.get().correct()));
        }
        return Json.createObjectBuilder().add("objectType", "Activity")
                .add("id", module + "/steps/" + event.getStepId()).add("definition", definition);
    }

    private static JsonArrayBuilder scale() {
        JsonArrayBuilder scale = Json.createArrayBuilder();
        for (int i = ModuleProgress.LOWEST_RATING; i <= ModuleProgress.HIGHEST_RATING; i++) {
            scale.add(Json.createObjectBuilder().add("id", String.valueOf(i))
                    .add("description", Json.createObjectBuilder().add("en-US", String.valueOf(i))));
        }
        return scale;
    }

    private static JsonObjectBuilder names(Optional<LearningModule> content,
            java.util.function.Function<org.gefyra.content.ModuleText, String> name) {
        JsonObjectBuilder names = Json.createObjectBuilder();
        content.ifPresent(m -> m.texts().forEach((language, text) -> {
            if (name.apply(text) != null) {
                names.add(language, name.apply(text));
            }
        }));
        return names;
    }

    /** A learner's pseudonym: a keyed hash of their number, the same on every server, never their name. */
    static String pseudonym(Mac pseudonyms, Long learnerId) {
        byte[] hash = pseudonyms.doFinal(("learner:" + learnerId).getBytes(StandardCharsets.UTF_8));
        return "learner-" + HexFormat.of().formatHex(hash, 0, 16);
    }

    private Mac pseudonyms() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
