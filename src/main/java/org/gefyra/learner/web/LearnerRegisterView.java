package org.gefyra.learner.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerForm;
import org.gefyra.learner.LearnerService;
import org.gefyra.organisation.web.SiteRow;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/**
 * An educator registers a learner in under a minute: name, picture, language, PIN, consent,
 * perhaps age band and target groups. The form sent twice (a double tap) registers one learner.
 */
@Named
@ViewScoped
public class LearnerRegisterView implements Serializable {

    @Inject
    LearnerService learners;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    private final LearnerForm form = new LearnerForm();
    private List<SiteRow> sites;
    private Long registered;

    @PostConstruct
    void load() {
        sites = learners.sitesFor(caller.get()).stream().map(SiteRow::of).toList();
        form.language = language.getCode();
        if (sites.size() == 1) {
            form.siteId = sites.get(0).id();
        }
    }

    public synchronized void register() {
        try {
            if (registered == null) {
                Learner learner = learners.register(caller.get(), form);
                registered = learner.getId();
                Messages.info("educator.learner.registered", learner.getDisplayName());
            }
            form.pin = null;
            Navigation.keepMessages();
            Navigation.redirect("/educator/learners/edit.xhtml?id=" + registered);
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "learner");
        }
    }

    public LearnerForm getForm() { return form; }
    public List<SiteRow> getSites() { return sites; }
    public LearnerChoices getChoices() { return LearnerChoices.INSTANCE; }
}
