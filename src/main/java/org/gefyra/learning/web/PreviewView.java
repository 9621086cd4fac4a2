package org.gefyra.learning.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.gefyra.content.LearningModule;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.web.request.CurrentRequest;

/**
 * The banner over a learner page that an author or an administrator previews: which language,
 * that nothing is recorded, whether the module is a draft, and the way back to the content list. It keeps
 * nothing of its own, so one serves every request (every learner page asks it).
 */
@Named("preview")
@ApplicationScoped
public class PreviewView {

    @Inject
    LearnerContext learner;

    @Inject
    HttpServletRequest request;

    public boolean isShown() {
        String path = CurrentRequest.or(request).getServletPath();
        return learner.isPreview() && path != null && path.startsWith("/learn/");
    }

    public String getLanguageName() {
        return Languages.ownName(learner.language());
    }

    public boolean isDraft() {
        HttpServletRequest request = CurrentRequest.or(this.request);
        String moduleId = request.getParameter("module") != null ? request.getParameter("module") : request.getParameter("id");
        return learner.module(moduleId).map(LearningModule::draft).orElse(false);
    }

    public String getBack() {
        return FinishView.PREVIEWS;
    }
}
