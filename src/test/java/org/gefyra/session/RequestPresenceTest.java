package org.gefyra.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gefyra.learning.LearnerKey;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.SignedOut;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A learner page asks once per request which session the learner is in; what changes it in the request forgets the answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestPresenceTest {

    final RunningSession running = new RunningSession();
    final SessionServices services = running.services;

    @AfterAll
    void tearDown() {
        running.db.close();
    }

    @Test
    void theSessionIsAskedOnceUntilSomethingInTheRequestChangesIt() {
        LearningSession session = running.open("One asking", 10);
        Caller maria = running.learnerAt(running.net.library, "Maria");
        LearnerKey who = LearnerKey.of(maria);
        RequestPresence presence = new RequestPresence();
        presence.rows = services.presence;
        assertEquals(Optional.empty(), running.db.inTransaction(() -> presence.of(who)));

        running.db.inTransaction(() -> services.joins.joinWithCode(maria, session.getJoinCode()));
        assertEquals(Optional.empty(), running.db.inTransaction(() -> presence.of(who)), "asked once in the request");
        presence.forget();
        JoinService.Joined joined = running.db.inTransaction(() -> presence.of(who)).orElseThrow();
        assertEquals(session.getId(), joined.sessionId());
        assertEquals("One asking", joined.title());
        assertEquals(false, joined.helpAsked());

        running.db.inTransaction(() -> services.joins.askForHelp(maria));
        presence.forget();
        assertTrue(running.db.inTransaction(() -> presence.of(who)).orElseThrow().helpAsked());

        running.db.inTransaction(() -> {
            services.joins.leave(new SignedOut(maria));
            return null;
        });
        assertTrue(running.db.inTransaction(() -> presence.of(who)).orElseThrow().helpAsked(), "asked once in the request");
        presence.forget();
        assertEquals(false, running.db.inTransaction(() -> presence.of(who)).orElseThrow().helpAsked(),
                "who signed out still attended, and their help call is over");
    }
}
