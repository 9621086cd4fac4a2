package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.gefyra.kiosk.web.KioskDevice;
import org.gefyra.learning.LearnerKey;
import org.gefyra.learning.LearningPlace;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;

/** Who is learning on this request, and where: the kiosk's site and the page's language. */
@RequestScoped
public class LearnerContext {

    @Inject
    CurrentCaller caller;

    @Inject
    KioskDevice device;

    @Inject
    Language language;

    public LearnerKey who() {
        return LearnerKey.of(caller.get());
    }

    public LearningPlace place() {
        return new LearningPlace(device.siteId(), null, language.getCode());
    }

    public String language() {
        return language.getCode();
    }
}
