package org.gefyra.privacy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.gefyra.privacy.LearnerExport;
import org.gefyra.privacy.LearnerRecord;
import org.gefyra.privacy.LearnerRecordJson;
import org.gefyra.privacy.LearnerRecordPdf;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.i18n.LanguageFilter;
import org.gefyra.shared.security.CurrentCaller;

/**
 * Everything held about one learner as a download, JSON ({@code format=json}) or PDF: for an
 * educator of the learner's organisation (or an administrator) to hand over. A GET that changes
 * nothing but the audit log; anyone else, or a learner that does not exist, gets 403.
 */
@WebServlet("/educator/learners/record")
public class LearnerRecordServlet extends HttpServlet {

    @Inject
    CurrentCaller caller;

    @Inject
    LearnerExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = "json".equals(request.getParameter("format"));
        LearnerRecord record;
        try {
            record = export.export(caller.get(), Long.parseLong(String.valueOf(request.getParameter("id")).strip()),
                    json ? "json" : "pdf");
        } catch (NotAllowedException | NumberFormatException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (json) {
            LearnerRecordJson.write(record, body);
            response.setContentType("application/json;charset=UTF-8");
        } else {
            LearnerRecordPdf.write(record, String.valueOf(request.getAttribute(LanguageFilter.ATTRIBUTE)), body);
            response.setContentType("application/pdf");
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"gefyra-learner-" + record.learnerId()
                + (json ? ".json" : ".pdf") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
    }
}
