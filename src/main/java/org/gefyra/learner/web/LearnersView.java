package org.gefyra.learner.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gefyra.learner.CardCode;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerService;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** An educator sees their organisation's learners and unlocks a card locked by wrong PINs. */
@Named
@RequestScoped
public class LearnersView {

    @Inject
    LearnerService learners;

    @Inject
    CurrentCaller caller;

    private List<Learner> all;

    public List<Learner> getAll() {
        if (all == null) {
            all = learners.list(caller.get());
        }
        return all;
    }

    public void unlock(long learnerId) {
        learners.unlock(caller.get(), learnerId);
        Messages.info("educator.learners.unlocked");
        Navigation.keepMessages();
        Navigation.redirect("/educator/index.xhtml");
    }

    public String card(Learner learner) {
        return CardCode.grouped(learner.getCardCode());
    }
}
