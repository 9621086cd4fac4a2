package org.gefyra.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gefyra.content.LearningModule;
import org.gefyra.content.StarterModules;
import org.gefyra.learner.Consent;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerServices;
import org.gefyra.learner.PinCheck;
import org.gefyra.learner.Picture;
import org.gefyra.learner.TargetGroup;
import org.gefyra.learning.LearnerKey;
import org.gefyra.learning.LearningPlace;
import org.gefyra.learning.ProgressService;
import org.gefyra.learning.ProgressServices;
import org.gefyra.session.history.LearnerNote;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.audit.AuditAction;
import org.gefyra.shared.audit.AuditEntry;
import org.gefyra.shared.audit.AuditLog;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GDPR part: export of everything held about a learner, erasure that keeps learning only
 * anonymised, consent withdrawn, retention of the long inactive, and the audit log of it all.
 */
class PrivacyTest {

    static TestDatabase db;
    static TestNetwork net;
    static LearnerServices services;
    static AuditLog audit;
    static Erasure erasure = new Erasure();
    static LearnerExport export = new LearnerExport();
    static Retention retention = new Retention();
    static ProgressService progress;
    static LearningModule module = StarterModules.library().module("sign-in-digital-id").orElseThrow();

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        services = new LearnerServices(db);
        audit = new AuditLog(db.em);
        erasure.em = db.em;
        erasure.learners = services.learners;
        erasure.audit = audit;
        export.em = db.em;
        export.learners = services.learners;
        export.audit = audit;
        progress = ProgressServices.on(db, StarterModules.library());
        retention.em = db.em;
        retention.erasure = erasure;
        retention.journal = ProgressServices.journal(db);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    /** A learner of Athens with a card, a group, an assignment, a note and some learning. */
    static Learner learnerWithHistory(String name) {
        Learner learner = new Learner(net.library, name, Picture.BIRD, "el", null, Set.of(TargetGroup.values()[0]),
                Consent.given(true, true, net.educatorOf(net.athens).id(), "Athens staff"), "hash");
        db.run(() -> db.em.persist(learner));
        Caller educator = net.educatorOf(net.athens);
        db.run(() -> services.printing.print(educator, "key-" + name, List.of(learner.getId())));
        var group = db.inTransaction(() -> services.groups.create(educator, "Group of " + name));
        db.run(() -> services.groups.setGroupsOf(educator, learner.getId(), List.of(group.getId())));
        db.run(() -> db.em.createNativeQuery("INSERT INTO module_assignment (learner_id, module_id, assigned_at) "
                + "VALUES (?, 'sign-in-digital-id', CURRENT_TIMESTAMP)").setParameter(1, learner.getId()).executeUpdate());
        db.run(() -> db.em.persist(new LearnerNote(learner.getId(), educator.id(), "Likes to practise on Tuesdays")));
        LearnerKey who = new LearnerKey(learner.getId(), null, net.athens.getId());
        LearningPlace place = new LearningPlace(net.library.getId(), null, "el");
        db.inTransaction(() -> progress.open(who, module, place));
        db.inTransaction(() -> progress.answer(who, module, module.step("id-quiz").orElseThrow(), "digital-id", place));
        return learner;
    }

    static long count(String sql, Object parameter) {
        return ((Number) db.em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    @Test
    void theExportHoldsEverythingAboutTheLearnerAsJsonAndAsAReadablePdf() throws IOException {
        Learner maria = learnerWithHistory("Maria");
        LearnerRecord record = db.inTransaction(() -> export.export(net.educatorOf(net.athens), maria.getId(), "json"));
        assertEquals("Maria", record.facts().get("name"));
        assertEquals("true", record.facts().get("consentReports"));
        assertEquals("Athens staff", record.facts().get("consentBy"));
        for (String section : List.of("groups", "assignments", "progress", "events", "notes")) {
            assertFalse(section(record, section).rows().isEmpty(), section + " are in the export");
        }
        assertEquals(2, section(record, "events").rows().size(), "started and answered");
        assertTrue(section(record, "attendance").rows().isEmpty());

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        LearnerRecordJson.write(record, json);
        JsonObject read = Json.createReader(new ByteArrayInputStream(json.toByteArray())).readObject();
        assertEquals("Maria", read.getJsonObject("learner").getString("name"));
        assertEquals("Likes to practise on Tuesdays", read.getJsonArray("notes").getJsonObject(0).getString("note"));
        assertEquals("ANSWERED", read.getJsonArray("events").getJsonObject(1).getString("action"));

        for (String language : List.of("en", "ar")) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            LearnerRecordPdf.write(record, language, pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Maria"), language);
                assertTrue(text.contains("Likes to practise on Tuesdays"), language);
                if (language.equals("en")) {
                    assertTrue(text.contains("Personal data of Maria") && text.contains("Notes written by educators"), text);
                }
            }
        }
        List<AuditEntry> log = audit.page(net.admin(), maria.getId(), null, 0);
        assertEquals(AuditAction.EXPORTED, log.get(0).getAction(), "the export is in the audit log");
        assertEquals("json", log.get(0).getDetail());
    }

    @Test
    void anEducatorOfAnotherOrganisationCanNeitherExportNorEraseAndNothingIsLogged() {
        Learner nikos = learnerWithHistory("Nikos");
        Caller turin = net.educatorOf(net.turin);
        assertThrows(NotAllowedException.class, () -> db.inTransaction(() -> export.export(turin, nikos.getId(), "pdf")));
        assertThrows(NotAllowedException.class, () -> db.inTransaction(() -> erasure.erase(turin, nikos.getId())));
        assertThrows(NotAllowedException.class, () -> db.inTransaction(() -> erasure.erase(net.coordinatorOf(net.athens, true), nikos.getId())));
        assertEquals("Nikos", db.em.find(Learner.class, nikos.getId()).getDisplayName());
        assertEquals(0, audit.count(net.admin(), nikos.getId(), null));
    }

    @Test
    void erasureDeletesThePersonKeepsTheirLearningAnonymisedAndIsIdempotent() {
        Learner eleni = learnerWithHistory("Eleni");
        long id = eleni.getId();
        long events = count("SELECT COUNT(*) FROM learning_event WHERE learner_id = ?", id);
        String card = db.inTransaction(() -> services.printing.print(net.educatorOf(net.athens), "again", List.of(id))).get(0).code();
        assertTrue(services.learners.findByCard(card).isPresent());
        db.run(() -> services.learners.setPin(net.educatorOf(net.athens), id, "1234"));
        long reportsBefore = learnersCounted();

        assertEquals(Erasure.Outcome.ERASED, db.inTransaction(() -> erasure.erase(net.educatorOf(net.athens), id)));
        assertEquals(Erasure.Outcome.ALREADY_ERASED, db.inTransaction(() -> erasure.erase(net.educatorOf(net.athens), id)),
                "a second submit changes nothing");

        Learner erased = db.em.find(Learner.class, id);
        assertTrue(erased.isErased());
        assertEquals("", erased.getDisplayName());
        assertEquals(Set.of(), erased.getTargetGroups());
        assertNull(erased.getConsent().getRecordedByName());
        assertFalse(services.learners.findByCard(card).isPresent(), "the card no longer works");
        assertEquals(PinCheck.UNKNOWN, db.inTransaction(() -> services.learners.checkPin(id, "1234")), "nor the PIN");
        assertFalse(services.standing.maySignIn(id), "a learner still signed in is signed out");
        assertThrows(NotAllowedException.class, () -> services.learners.get(net.educatorOf(net.athens), id), "nor can they be found");
        assertTrue(services.learners.named(net.admin(), "", 1000).stream().noneMatch(c -> c.id() == id));
        assertThrows(InvalidInputException.class, erased::switchOn);
        for (String table : List.of("learner_group_member", "module_assignment", "learner_note", "learner_target_group")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE learner_id = ?", id), table);
        }
        assertEquals(events, count("SELECT COUNT(*) FROM learning_event WHERE learner_id = ?", id),
                "the events stay, tied to a row that says nothing about anyone");
        assertEquals(reportsBefore, learnersCounted(), "reports stay right");
        List<AuditEntry> log = audit.page(net.admin(), id, null, 0);
        assertEquals(1, log.stream().filter(e -> e.getAction() == AuditAction.ERASED).count(), "erased once");
        assertEquals(net.educatorOf(net.athens).id(), log.get(0).getStaffId());
    }

    @Test
    void withdrawingConsentToReportsLeavesTheLearnerOutOfCountsButKeepsTheirProgress() {
        Learner sofia = learnerWithHistory("Sofia");
        long before = learnersCounted();
        assertTrue(db.inTransaction(() -> erasure.withdrawReportsConsent(net.educatorOf(net.athens), sofia.getId())));
        assertFalse(db.inTransaction(() -> erasure.withdrawReportsConsent(net.educatorOf(net.athens), sofia.getId())),
                "withdrawn once");
        Learner stored = db.em.find(Learner.class, sofia.getId());
        assertFalse(stored.getConsent().isAnonymousReports());
        assertTrue(stored.getConsent().isProgressTracking(), "their progress is still kept for them");
        assertEquals("Educator", stored.getConsent().getRecordedByName(), "recorded as the educator's");
        assertEquals(before - 1, learnersCounted());
        assertEquals(1, count("SELECT COUNT(*) FROM module_progress WHERE learner_id = ?", sofia.getId()));
        assertTrue(stored.maySignIn());
        assertEquals(AuditAction.CONSENT_WITHDRAWN, audit.page(net.admin(), sofia.getId(), null, 0).get(0).getAction());
    }

    @Test
    void retentionAnonymisesTheLongInactiveAndGuestsEventsOnceADayWhicheverServerRunsIt() {
        Learner old = learnerWithHistory("Old");
        Learner recent = learnerWithHistory("Recent");
        Instant longAgo = Instant.now().minus(Duration.ofDays(800));
        db.run(() -> db.em.createNativeQuery("UPDATE learner SET last_seen_at = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(longAgo)).setParameter(2, old.getId()).executeUpdate());
        db.run(() -> db.em.createNativeQuery("UPDATE learner SET last_seen_at = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, recent.getId()).executeUpdate());
        LearnerKey guest = new LearnerKey(null, "guest-old", net.athens.getId());
        LearningPlace place = new LearningPlace(net.library.getId(), null, "en");
        db.inTransaction(() -> progress.open(guest, module, place));
        db.run(() -> db.em.createNativeQuery("UPDATE learning_event SET occurred_at = ? WHERE guest_key = 'guest-old'")
                .setParameter(1, Timestamp.from(longAgo)).executeUpdate());
        db.run(() -> db.em.createNativeQuery("UPDATE module_progress SET last_activity_at = ? WHERE guest_key = 'guest-old'")
                .setParameter(1, Timestamp.from(longAgo)).executeUpdate());

        Retention.Done done = db.inTransaction(() -> retention.run(Instant.now(), 24));
        assertTrue(done.ran());
        assertTrue(done.learners() >= 1);
        assertEquals(1, done.guestEvents());
        assertTrue(db.em.find(Learner.class, old.getId()).isErased());
        assertFalse(db.em.find(Learner.class, recent.getId()).isErased(), "a learner seen lately is kept");
        assertEquals(0, count("SELECT COUNT(*) FROM learning_event WHERE guest_key = ?", "guest-old"));
        assertEquals(0, count("SELECT COUNT(*) FROM module_progress WHERE guest_key = ?", "guest-old"));
        assertEquals(AuditAction.ANONYMISED, audit.page(net.admin(), old.getId(), null, 0).get(0).getAction());
        assertNull(audit.page(net.admin(), old.getId(), null, 0).get(0).getStaffId(), "done by the server");

        assertFalse(db.inTransaction(() -> retention.run(Instant.now().plusSeconds(60), 24)).ran(),
                "another server a minute later skips it");
        assertTrue(db.inTransaction(() -> retention.run(Instant.now().plus(Duration.ofDays(1)), 24)).ran(),
                "the next day it runs again");
    }

    @Test
    void theAuditLogIsForAdministratorsPagedAndFilteredByLearnerOrStaff() {
        Learner luca = learnerWithHistory("Luca");
        Caller athens = net.educatorOf(net.athens);
        db.run(() -> services.learners.view(athens, luca.getId()));
        db.run(() -> services.learners.unlock(athens, luca.getId()));
        assertThrows(NotAllowedException.class, () -> audit.page(athens, null, null, 0));
        assertThrows(NotAllowedException.class, () -> audit.count(net.coordinatorOf(net.athens, true), null, null));
        List<AuditEntry> forLuca = audit.page(net.admin(), luca.getId(), null, 0);
        assertEquals(List.of(AuditAction.CHANGED, AuditAction.VIEWED), forLuca.stream().map(AuditEntry::getAction).toList(),
                "the latest first");
        assertEquals("Educator", forLuca.get(0).getStaffName());
        assertEquals(2, audit.count(net.admin(), luca.getId(), "educ"), "part of the name");
        assertEquals(2, audit.count(net.admin(), luca.getId(), String.valueOf(athens.id())), "an account number");
        assertEquals(0, audit.count(net.admin(), luca.getId(), "nobody"));
        for (int i = 0; i < AuditLog.PAGE_SIZE + 5; i++) {
            db.run(() -> services.learners.view(athens, luca.getId()));
        }
        assertEquals(AuditLog.PAGE_SIZE, audit.page(net.admin(), luca.getId(), null, 0).size());
        assertEquals(7, audit.page(net.admin(), luca.getId(), null, 1).size());
    }

    private static LearnerRecord.Section section(LearnerRecord record, String name) {
        return record.sections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static long learnersCounted() {
        return db.em.createQuery("select count(l) from Learner l where l.consent.anonymousReports = true", Long.class)
                .getSingleResult();
    }
}
