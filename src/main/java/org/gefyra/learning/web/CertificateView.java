package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gefyra.learning.Certificate;
import org.gefyra.learning.CertificateService;
import org.gefyra.shared.security.CurrentCaller;

/** The certificate of a finished module, to print or to download as a PDF. */
@Named
@RequestScoped
public class CertificateView {

    @Inject
    LearnerContext learner;

    @Inject
    CurrentCaller caller;

    @Inject
    CertificateService certificates;

    @Inject
    @ManagedProperty("#{param.module}")
    String moduleId;

    private Certificate certificate;

    public void load() {
        certificate = certificates.issue(caller.get(), learner.who(), moduleId, learner.language()).orElse(null);
        if (certificate == null) {
            ModuleRequest.notFound();
        }
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public String getDate() {
        return certificate.completedOnText();
    }

    public String getModule() { return moduleId; }
}
