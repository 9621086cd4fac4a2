package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.kiosk.web.KioskDevice;
import org.gefyra.learning.CurrentSession;
import org.gefyra.learning.LearnerKey;
import org.gefyra.learning.LearningPlace;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.Role;

/**
 * Who is learning on this request, and where: the kiosk's site, the session they joined and the
 * page's language. An author or an administrator on a learner page is previewing: they see any
 * module, drafts too, in the page's language, and nothing they do is recorded.
 */
@RequestScoped
public class LearnerContext {

    @Inject
    CurrentCaller caller;

    @Inject
    KioskDevice device;

    @Inject
    Language language;

    @Inject
    ContentLibrary library;

    private LearningPlace place;

    public boolean isPreview() {
        return caller.get().is(Role.AUTHOR, Role.ADMIN);
    }

    /** The module a page is about, in the page's language: an offered one, or in a preview any loaded one. */
    public Optional<LearningModule> module(String moduleId) {
        return (isPreview() ? library.anyModule(moduleId) : library.module(moduleId))
                .filter(m -> m.texts().containsKey(language()));
    }

    @Inject
    CurrentSession sessions;

    public LearnerKey who() {
        return LearnerKey.of(caller.get());
    }

    public LearningPlace place() {
        if (place == null) {
            Long session = isPreview() ? null : sessions.of(who()).orElse(null);
            place = new LearningPlace(device.siteId(), session, language.getCode());
        }
        return place;
    }

    public String language() {
        return language.getCode();
    }
}
