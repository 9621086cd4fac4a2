package org.gefyra.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gefyra.account.AccountServices;
import org.gefyra.shared.security.Role;
import org.gefyra.organisation.OrganisationServices;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.web.Passivation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An administrator's half-typed account form survives the session being written away and read
 * back (another server, a restart): the lists and the typed fields come back, the password does not.
 */
class AccountViewsPassivationTest {

    static TestDatabase db;
    static TestNetwork net;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void theAccountsListAndANewAccountBeingTypedComeBackWithoutThePassword() {
        AccountsView view = connect(new AccountsView());
        view.load();
        view.getForm().setUsername("kostas");
        view.getForm().setDisplayName("Kostas");
        view.getForm().setPassword("a long enough password");

        AccountsView restored = Passivation.reconnect(Passivation.passivateAndRestore(view), view);

        Passivation.assertSameState(view, restored);
        assertEquals("kostas", restored.getForm().getUsername());
        assertNull(restored.getForm().getPassword(), "a typed password is never written with the session");
        assertFalse(restored.getAll().isEmpty());
        assertEquals(Role.EDUCATOR, restored.getForm().getRole());
        restored.load();
        assertEquals(view.getAll(), restored.getAll(), "its services work again");
    }

    @Test
    void anAccountBeingChangedComesBackWithItsChoices() {
        AccountEditView view = connect(new AccountEditView());
        view.setId(connect(new AccountsView()).accounts.list(net.admin()).get(0).getId());
        view.load();
        view.getForm().setDisplayName("A new name");

        AccountEditView restored = Passivation.reconnect(Passivation.passivateAndRestore(view), view);

        Passivation.assertSameState(view, restored);
        assertEquals("A new name", restored.getForm().getDisplayName());
        assertEquals(view.getChoices(), restored.getChoices());
        restored.load();
        assertEquals(view.getId(), restored.getId(), "it still knows which account it changes");
    }

    private static AccountsView connect(AccountsView view) {
        view.accounts = AccountServices.on(db.em);
        view.organisations = OrganisationServices.on(db.em);
        view.caller = new FixedCaller(net.admin());
        return view;
    }

    private static AccountEditView connect(AccountEditView view) {
        view.accounts = AccountServices.on(db.em);
        view.organisations = OrganisationServices.on(db.em);
        view.caller = new FixedCaller(net.admin());
        return view;
    }
}
