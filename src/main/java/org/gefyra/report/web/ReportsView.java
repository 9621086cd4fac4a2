package org.gefyra.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gefyra.report.OrganisationSummary;
import org.gefyra.report.ReportService;
import org.gefyra.shared.security.CurrentCaller;

/** The coordinators' overview: how their organisations' learners are doing. */
@Named
@RequestScoped
public class ReportsView {

    @Inject
    ReportService reports;

    @Inject
    CurrentCaller caller;

    private List<OrganisationSummary> summaries;

    public List<OrganisationSummary> getSummaries() {
        if (summaries == null) {
            summaries = reports.summaries(caller.get());
        }
        return summaries;
    }
}
