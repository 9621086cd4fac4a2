package org.gefyra.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.shared.security.Caller;

/** Certificates exist for finished modules only, and only for the learner who finished them. */
@ApplicationScoped
public class CertificateService {

    @Inject
    ProgressService progress;

    @Inject
    ContentLibrary library;

    /**
     * The certificate of a module by its id, shown to the learner who finished it: the first time
     * it is shown counts as issued, for the reports.
     */
    public Optional<Certificate> issue(Caller caller, LearnerKey who, String moduleId, String language) {
        Optional<Certificate> certificate = of(caller, who, moduleId, language);
        certificate.ifPresent(shown -> progress.certificateShown(who, shown.moduleId()));
        return certificate;
    }

    /** The certificate of a module by its id, in the language the learner reads it in. */
    public Optional<Certificate> of(Caller caller, LearnerKey who, String moduleId, String language) {
        return library.module(moduleId).flatMap(module -> of(caller, who, module, language));
    }

    public Optional<Certificate> of(Caller caller, LearnerKey who, LearningModule module, String language) {
        ModuleText text = module.texts().get(language);
        if (text == null) {
            return Optional.empty();
        }
        return progress.progress(who, module.id()).filter(ModuleProgress::isCompleted)
                .map(done -> new Certificate(who.isGuest() ? null : caller.name(), module.id(), text.title(),
                        text.canDo(), done.getCompletedAt().atZone(ZoneId.systemDefault()).toLocalDate(),
                        module.minutes(), language, done.getConfidenceBefore(), done.getConfidenceAfter()));
    }
}
