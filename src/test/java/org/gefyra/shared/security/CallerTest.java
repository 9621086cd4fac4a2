package org.gefyra.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.shared.NotAllowedException;
import org.junit.jupiter.api.Test;

/** Who is asking, and what that lets them see. */
class CallerTest {

    private final Caller educator = Caller.staff(2L, Role.EDUCATOR, "E", 10L, 1L, false);

    @Test
    void staffManageOnlyTheirOwnOrganisationsPeople() {
        assertTrue(educator.canManage(10L));
        assertFalse(educator.canManage(11L));
        assertTrue(Caller.staff(1L, Role.ADMIN, "A", null, null, false).canManage(11L));
        assertFalse(Caller.learner(5L, "L", 10L, 1L, 3L).canManage(10L));
    }

    @Test
    void requiringARoleRefusesEveryoneElse() {
        assertThrows(NotAllowedException.class, () -> educator.require(Role.ADMIN));
        assertThrows(NotAllowedException.class, () -> Caller.ANONYMOUS.require(Role.LEARNER));
        assertEquals(educator, educator.require(Role.EDUCATOR, Role.ADMIN));
    }

    @Test
    void aGuestIsKnownOnlyByTheKeyOfTheirVisit() {
        Caller guest = Caller.guest("abc-123");
        assertEquals("abc-123", guest.guestKey());
        assertEquals("guest:abc-123", guest.principalName());
        assertNull(educator.guestKey());
        assertEquals("staff:2", educator.principalName());
    }
}
