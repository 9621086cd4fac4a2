package org.gefyra.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gefyra.organisation.Network;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationKind;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.Role;
import org.junit.jupiter.api.Test;

/** The rules of staff accounts: names, passwords, roles and organisations, signing out everywhere. */
class StaffAccountTest {

    private final Organisation city = new Organisation(new Network("N"), "Org", "City", OrganisationKind.CITY);

    @Test
    void userNamesAreStoredInSmallLetters() {
        assertEquals("eleni.p", new StaffAccount(" Eleni.P ", "Eleni", Role.EDUCATOR, city, false, "h").getUsername());
        for (String bad : new String[] {"ab", "has space", "<b>", "x".repeat(61), "-start"}) {
            assertThrows(InvalidInputException.class, () -> new StaffAccount(bad, "N", Role.EDUCATOR, city, false, "h"), bad);
        }
    }

    @Test
    void passwordsNeedTenCharacters() {
        assertThrows(InvalidInputException.class, () -> StaffAccount.checkNewPassword("short"));
        assertThrows(InvalidInputException.class, () -> StaffAccount.checkNewPassword(""));
        assertEquals("long enough", StaffAccount.checkNewPassword("long enough"));
    }

    @Test
    void passwordsTakeAnySignAKeyboardTypesButNoControlCharacterOrGarble() {
        assertEquals("Ωμέγα <script> \u0627\u0644 ok", StaffAccount.checkNewPassword("Ωμέγα <script> \u0627\u0644 ok"));
        assertEquals("error.badCharacters", assertThrows(InvalidInputException.class,
                () -> StaffAccount.checkNewPassword("long enough\u0000")).messageKey());
        assertEquals("error.badCharacters", assertThrows(InvalidInputException.class,
                () -> StaffAccount.checkNewPassword("long enough\uFFFD")).messageKey());
        assertEquals("error.tooLong", assertThrows(InvalidInputException.class,
                () -> StaffAccount.checkNewPassword("x".repeat(201))).messageKey());
    }

    @Test
    void everyoneButAnAdministratorBelongsToAnOrganisation() {
        assertThrows(InvalidInputException.class, () -> new StaffAccount("nikos", "Nikos", Role.EDUCATOR, null, false, "h"));
        assertNull(new StaffAccount("root", "Admin", Role.ADMIN, city, false, "h").getOrganisation());
        assertThrows(InvalidInputException.class, () -> new StaffAccount("lea", "Lea", Role.LEARNER, city, false, "h"));
    }

    @Test
    void onlyCoordinatorsCanBeNetworkWide() {
        assertFalse(new StaffAccount("nikos", "Nikos", Role.EDUCATOR, city, true, "h").isNetworkWide());
        assertEquals(true, new StaffAccount("dimitra", "D", Role.COORDINATOR, city, true, "h").isNetworkWide());
    }

    @Test
    void aNewPasswordOrSwitchingOffSignsOutEverywhere() {
        StaffAccount account = new StaffAccount("nikos", "Nikos", Role.EDUCATOR, city, false, "h");
        int before = account.getSessionEpoch();
        account.changePasswordHash("h2");
        assertEquals(before + 1, account.getSessionEpoch());
        account.deactivate();
        assertEquals(before + 2, account.getSessionEpoch());
        assertFalse(account.isActive());
    }
}
