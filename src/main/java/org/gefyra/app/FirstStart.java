package org.gefyra.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gefyra.account.FirstAdministrator;
import org.gefyra.demo.DemoNetwork;
import org.gefyra.learner.CardCodesOfBefore;
import org.gefyra.shared.GefyraSettings;
import org.gefyra.shared.persistence.TurnLocks;

/**
 * What a start adds: the login cards of before kept as hashes (once, after schema 4), and on an
 * empty database the first administrator, and the demo network when it is wanted. Servers that
 * start together on one new database take turns, so that only the first adds them and the others
 * find them there.
 */
@ApplicationScoped
public class FirstStart {

    @Inject
    TurnLocks turns;

    @Inject
    CardCodesOfBefore cardCodesOfBefore;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    DemoNetwork demoNetwork;

    @Inject
    GefyraSettings settings;

    @Transactional
    public void prepare() {
        turns.take(TurnLocks.STARTUP);
        cardCodesOfBefore.hashAndForget();
        firstAdministrator.createIfNoAccounts();
        if (settings.demo()) {
            demoNetwork.createIfEmpty();
            demoNetwork.keepSessionsAhead();
        }
    }
}
