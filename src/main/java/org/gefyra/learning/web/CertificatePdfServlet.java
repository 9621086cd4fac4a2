package org.gefyra.learning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gefyra.learning.Certificate;
import org.gefyra.learning.CertificatePdf;
import org.gefyra.learning.CertificateService;
import org.gefyra.shared.security.CurrentCaller;

/** The certificate of a finished module as a PDF download: for the learner who finished it only. */
@WebServlet("/learn/certificate.pdf")
public class CertificatePdfServlet extends HttpServlet {

    @Inject
    LearnerContext learner;

    @Inject
    CurrentCaller caller;

    @Inject
    CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = learner.language();
        Optional<Certificate> certificate = certificates.issue(caller.get(), learner.who(),
                request.getParameter("module"), language);
        if (certificate.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"gefyra-" + certificate.get().moduleId() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        CertificatePdf.write(certificate.get(), response.getOutputStream());
    }
}
