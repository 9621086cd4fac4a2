package org.gefyra.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gefyra.privacy.Erasure;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/**
 * The GDPR actions on a learner's page: withdrawing consent to reports, and erasing the learner
 * once the educator has ticked that they are sure. A second erasure (a double tap, Back) is told
 * that it is done already.
 */
@Named
@RequestScoped
public class LearnerPrivacyView {

    @Inject
    Erasure erasure;

    @Inject
    CurrentCaller caller;

    private String id;
    private boolean sure;

    public void withdrawReports() {
        long learnerId = parse();
        erasure.withdrawReportsConsent(caller.get(), learnerId);
        Messages.info("privacy.withdrawn");
        Navigation.keepMessages();
        Navigation.redirect("/educator/learners/edit.xhtml?id=" + learnerId);
    }

    public void erase() {
        long learnerId = parse();
        if (!sure) {
            Messages.error("privacy.erase.notSure");
            return;
        }
        Erasure.Outcome outcome = erasure.erase(caller.get(), learnerId);
        Messages.info(outcome == Erasure.Outcome.ERASED ? "privacy.erase.done" : "privacy.erase.already");
        Navigation.keepMessages();
        Navigation.redirect("/educator/learners/index.xhtml");
    }

    private long parse() {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException notAnId) {
            throw new NotAllowedException("learner " + id);
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public boolean isSure() { return sure; }
    public void setSure(boolean sure) { this.sure = sure; }
}
