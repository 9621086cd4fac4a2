package org.gefyra.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.shared.NotAllowedException;
import org.junit.jupiter.api.Test;

/** Who is asking, and what that lets them see. */
class CallerTest {

    private final Caller educator = new Caller("staff:2", Role.EDUCATOR, 2L, "E", 10L, 1L, false, null);

    @Test
    void staffManageOnlyTheirOwnOrganisationsPeople() {
        assertTrue(educator.canManage(10L));
        assertFalse(educator.canManage(11L));
        assertTrue(new Caller("staff:1", Role.ADMIN, 1L, "A", null, null, false, null).canManage(11L));
        assertFalse(new Caller("learner:5", Role.LEARNER, 5L, "L", 10L, 1L, false, 3L).canManage(10L));
    }

    @Test
    void requiringARoleRefusesEveryoneElse() {
        assertThrows(NotAllowedException.class, () -> educator.require(Role.ADMIN));
        assertThrows(NotAllowedException.class, () -> Caller.ANONYMOUS.require(Role.LEARNER));
        assertEquals(educator, educator.require(Role.EDUCATOR, Role.ADMIN));
    }

    @Test
    void aGuestIsKnownOnlyByTheKeyOfTheirVisit() {
        Caller guest = new Caller("guest:abc-123", Role.GUEST, null, null, null, null, false, null);
        assertEquals("abc-123", guest.guestKey());
        assertNull(educator.guestKey());
    }
}
