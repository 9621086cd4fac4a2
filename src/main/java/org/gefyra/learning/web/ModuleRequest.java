package org.gefyra.learning.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;

/**
 * The module a learner page is about, in the page's language, or a friendly 404 if there is none;
 * and the addresses of the learner's pages of a module, written once.
 */
public final class ModuleRequest {

    private ModuleRequest() {
    }

    static LearningModule require(LearnerContext learner, String moduleId) {
        return learner.module(moduleId).orElseGet(() -> {
            notFound();
            return null;
        });
    }

    static ModuleText text(LearningModule module, String language) {
        return module == null ? null : module.texts().get(language);
    }

    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        faces.responseComplete();
    }

    public static String modulePage(String moduleId) {
        return "/learn/module.xhtml?id=" + moduleId;
    }

    public static String stepPage(String moduleId, String stepId) {
        return "/learn/step.xhtml?module=" + moduleId + "&step=" + stepId;
    }

    public static String finishPage(String moduleId) {
        return "/learn/finish.xhtml?module=" + moduleId;
    }

    public static String certificatePage(String moduleId) {
        return "/learn/certificate.xhtml?module=" + moduleId;
    }
}
