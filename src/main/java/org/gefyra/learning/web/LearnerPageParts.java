package org.gefyra.learning.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.gefyra.shared.GefyraSettings;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;

/**
 * The keys under which a learner page's header and dialogs are written once ({@code g:fixed} in the
 * template): everything each part shows that could differ; and the body's idle time. Asked as one name each: every name a page
 * looks up goes through Weld's resolver (about a half of a percent of a step page each), and the keys
 * named eight. It keeps nothing of its own, so one serves every request.
 */
@Named("learnerParts")
@ApplicationScoped
public class LearnerPageParts {

    @Inject
    Language language;

    @Inject
    CurrentCaller caller;

    @Inject
    DoneView done;

    @Inject
    GefyraSettings settings;

    @Inject
    PreviewView preview;

    /** The header with the demo notice: language, kind of caller, page, where "I am done" leads. */
    public List<Object> getHeader() {
        return Arrays.asList(language.getCode(), caller.isLearner(),
                FacesContext.getCurrentInstance().getViewRoot().getViewId(), done.getAddress(), settings.isDemo());
    }

    /** After how long "Are you still there?" asks (the body's {@code data-idle}): never on the kiosk's start or in a preview. */
    public long getIdleSeconds() {
        return "/kiosk/index.xhtml".equals(FacesContext.getCurrentInstance().getViewRoot().getViewId()) || preview.isShown()
                ? 0 : settings.getKioskIdleSeconds();
    }

    /** "Are you still there?" and "Are you done?": language, kind of caller. */
    public List<Object> getDialogs() {
        return Arrays.asList(language.getCode(), caller.isLearner(), caller.isGuest());
    }
}
