package org.gefyra.report.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.gefyra.report.Period;
import org.gefyra.report.ReportService;
import org.gefyra.report.XapiQuery;
import org.gefyra.report.XapiStatements;
import org.gefyra.report.api.XapiResource;
import org.gefyra.shared.GefyraSettings;
import org.gefyra.shared.security.CurrentCaller;

/**
 * The learning records of a period as one file of xAPI statements (a JSON array, oldest first),
 * for a coordinator to hand to a learning record store: {@code /reports/statements.json?from=&to=}.
 * Written page by page, so that a long period never sits in memory.
 */
@WebServlet("/reports/statements.json")
public class StatementsFileServlet extends HttpServlet {

    @Inject
    XapiStatements statements;

    @Inject
    ReportService reports;

    @Inject
    CurrentCaller caller;

    @Inject
    GefyraSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportRequest asked = ReportRequest.of(request, reports.today());
        if (!asked.problems().isEmpty()) {
            response.sendError(400);
            return;
        }
        reports.visibleOrganisations(caller.get());
        Period period = asked.filter().period();
        String base = XapiResource.base(settings, request);
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"gefyra-xapi-" + period.from() + "-"
                + period.to() + ".json\"");
        response.setHeader("Cache-Control", "private, no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write("[");
        boolean first = true;
        Optional<XapiQuery> query = Optional.of(new XapiQuery(period.start(reports.zone()).minusNanos(1000),
                period.end(reports.zone()).minusNanos(1000), XapiQuery.MOST, true, null));
        while (query.isPresent()) {
            XapiStatements.Page page = statements.page(caller.get(), query.get(), base);
            for (JsonObject statement : page.statements()) {
                out.write(first ? "\n" : ",\n");
                out.write(statement.toString());
                first = false;
            }
            query = page.next();
        }
        out.write("\n]\n");
        out.flush();
    }
}
