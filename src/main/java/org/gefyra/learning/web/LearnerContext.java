package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.gefyra.kiosk.web.KioskDevice;
import org.gefyra.learning.CurrentSession;
import org.gefyra.learning.LearnerKey;
import org.gefyra.learning.LearningPlace;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;

/** Who is learning on this request, and where: the kiosk's site, the session they joined and the page's language. */
@RequestScoped
public class LearnerContext {

    @Inject
    CurrentCaller caller;

    @Inject
    KioskDevice device;

    @Inject
    Language language;

    @Inject
    Instance<CurrentSession> sessions;

    private LearningPlace place;

    public LearnerKey who() {
        return LearnerKey.of(caller.get());
    }

    public LearningPlace place() {
        if (place == null) {
            Long session = sessions.isResolvable() ? sessions.get().of(who()).orElse(null) : null;
            place = new LearningPlace(device.siteId(), session, language.getCode());
        }
        return place;
    }

    public String language() {
        return language.getCode();
    }
}
