package org.gefyra.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.gefyra.learning.LearnerKey;
import org.junit.jupiter.api.Test;

/** What a learner's session was is kept a second on a server, and forgotten once anything is posted. */
class RecentPresenceTest {

    final LearnerKey guest = new LearnerKey(null, "guest-1", 1L);
    final Optional<JoinService.Joined> joined = Optional.of(new JoinService.Joined(7, "Letters", false));

    @Test
    void anAnswerIsKeptForASecond() throws InterruptedException {
        RecentPresence recent = new RecentPresence();
        assertNull(recent.of(guest));
        recent.keep(guest, joined, recent.asking());
        assertEquals(joined, recent.of(guest));
        Thread.sleep(RecentPresence.KEPT_NANOS / 1_000_000 + 50);
        assertNull(recent.of(guest), "a second later the database is asked again");
    }

    @Test
    void forgettingDropsWhatWasKeptAndWhatWasBeingAsked() {
        RecentPresence recent = new RecentPresence();
        recent.keep(guest, joined, recent.asking());
        recent.forgetAll();
        assertNull(recent.of(guest));

        RecentPresence.Asking before = recent.asking();
        recent.forgetAll(); // an educator's change committed while the database was being asked
        recent.keep(guest, joined, before);
        assertNull(recent.of(guest), "an answer read before a change is not kept after it");
    }
}
