package org.gefyra.report.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.gefyra.report.CsvExport;
import org.gefyra.report.PdfExport;
import org.gefyra.report.ReportDocument;
import org.gefyra.report.ReportDocuments;
import org.gefyra.report.ReportKind;
import org.gefyra.report.ReportService;
import org.gefyra.report.XlsxExport;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;

/**
 * A report as a file: {@code /reports/export?kind=DASHBOARD&format=csv|xlsx|pdf} and the page's
 * filter. The same figures as the page, with small groups hidden, in the reader's language.
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "csv", "text/csv; charset=UTF-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pdf", "application/pdf");

    @Inject
    ReportService reports;

    @Inject
    ReportDocuments documents;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        ReportKind kind = kind(request.getParameter("kind"));
        ReportRequest asked = ReportRequest.of(request, reports.today());
        if (!TYPES.containsKey(format) || kind == null || !asked.problems().isEmpty()) {
            response.sendError(400);
            return;
        }
        ReportDocument document;
        try {
            document = documents.document(caller.get(), kind, asked.filter(), asked.chosen(), language.getLocale());
        } catch (NotAllowedException refused) {
            response.sendError(403);
            return;
        }
        response.setContentType(TYPES.get(format));
        response.setHeader("Content-Disposition", "attachment; filename=\"gefyra-" + kind.name().toLowerCase()
                + "-" + asked.filter().period().from() + "-" + asked.filter().period().to() + "." + format + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        switch (format) {
            case "csv" -> CsvExport.write(document, response.getOutputStream());
            case "xlsx" -> XlsxExport.write(document, response.getOutputStream());
            default -> PdfExport.write(document, response.getOutputStream());
        }
    }

    private static ReportKind kind(String name) {
        try {
            return name == null ? null : ReportKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
