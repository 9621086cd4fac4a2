package org.gefyra.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gefyra.content.ContentLibrary;
import org.gefyra.report.Dimension;
import org.gefyra.report.Measure;
import org.gefyra.report.ReportDocuments;
import org.gefyra.report.ReportFormat;
import org.gefyra.report.ReportKind;
import org.gefyra.report.ReportLabels;
import org.gefyra.report.ReportService;
import org.gefyra.report.ReportTable;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;

/**
 * The coordinators' report pages: the dashboard, a table by any dimension, organisations and cities
 * compared, and the learners' view of the modules. The filter travels in the address (a plain GET
 * form), so that a report can be bookmarked and exported exactly as shown.
 */
@Named
@RequestScoped
public class ReportView {

    /** A choice in a list of the filter form. */
    public record Option(String value, String label) {
    }

    @Inject
    ReportService reports;

    @Inject
    ReportDocuments documents;

    @Inject
    ReportLabels labels;

    @Inject
    ContentLibrary library;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    @Inject
    HttpServletRequest http;

    private ReportKind kind;
    private ReportRequest request;
    private ReportFormat format;
    private List<ReportTableView> tables;
    private List<String> about;

    /** Reads the request and computes the report; the page's view action, with the page's kind of report. */
    public void load(String kindName) {
        kind = ReportKind.valueOf(kindName);
        format = new ReportFormat(language.getLocale());
        request = ReportRequest.of(http, reports.today());
        request.problems().stream().distinct().forEach(Messages::error);
        List<ReportTable> computed = reports.report(caller.get(), kind, request.filter(), request.chosen(),
                language.getLocale());
        tables = new ArrayList<>();
        for (int i = 0; i < computed.size(); i++) {
            tables.add(ReportTableView.of("table" + i, computed.get(i), kind.showsLearners(), format));
        }
        about = documents.describe(caller.get(), request.filter(), format);
    }

    public List<ReportTableView> getTables() {
        return tables;
    }

    public List<String> getAbout() {
        return about;
    }

    public String value(String name) {
        return request.value(name);
    }

    public String getFrom() {
        return request.filter().period().from().toString();
    }

    public String getTo() {
        return request.filter().period().to().toString();
    }

    /** The address of this report as a file: csv, xlsx or pdf. */
    public String export(String fileFormat) {
        String query = request.query();
        return http.getContextPath() + "/reports/export?kind=" + kind + "&format=" + fileFormat
                + "&lang=" + language.getCode() + (query.isEmpty() ? "" : "&" + query);
    }

    /** The address of another report page with the same filter. */
    public String link(String page) {
        String query = request.query().replaceAll("(^|&)by=[^&]*", "").replaceAll("^&", "");
        return http.getContextPath() + "/reports/" + page + ".xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The address of the learning records of the period as an xAPI file. */
    public String getStatementsFile() {
        return http.getContextPath() + "/reports/statements.json?from=" + getFrom() + "&to=" + getTo();
    }

    public boolean isSeveralOrganisations() {
        return reports.visibleOrganisations(caller.get()).size() > 1;
    }

    public List<Option> getOrganisations() {
        return reports.visibleOrganisations(caller.get()).stream()
                .map(o -> new Option(String.valueOf(o.getId()), o.getName())).toList();
    }

    public List<Option> getSites() {
        boolean several = isSeveralOrganisations();
        return reports.visibleSites(caller.get()).stream().map(s -> new Option(String.valueOf(s.getId()),
                several ? s.getName() + " (" + s.getOrganisation().getName() + ")" : s.getName())).toList();
    }

    public List<Option> getModules() {
        return library.snapshot().modules().keySet().stream()
                .map(id -> new Option(id, labels.moduleTitle(id, language.getLocale())))
                .sorted(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<Option> getTargetGroups() {
        return List.of("OLDER_PERSON", "MIGRANT", "OTHER", "NOT_SAID").stream()
                .map(g -> new Option(g, format.text("reports.targetGroup." + g))).toList();
    }

    public List<Option> getDimensions() {
        return kind.choices().stream().map(d -> new Option(d.name(), format.caption(d))).toList();
    }

    public String getChosen() {
        Dimension shown = tables.isEmpty() ? null : tables.get(0).table().dimension();
        return shown == null ? "" : shown.name();
    }

    public String getKind() {
        return kind.name();
    }

    /** The dashboard's chart of measures over the months. */
    public String getMonthsChart() {
        return ReportCharts.lines(table(Dimension.MONTH), List.of(Measure.LEARNERS_ACTIVE, Measure.NEW_LEARNERS,
                Measure.SESSIONS_HELD, Measure.MODULES_STARTED, Measure.MODULES_COMPLETED), format, isRightToLeft());
    }

    /** The dashboard's organisations (or sites) side by side, as rates. */
    public String getPlacesChart() {
        return ReportCharts.bars(tables.get(2).table(), List.of(Measure.COMPLETION_RATE, Measure.SHARE_GAINED,
                Measure.QUIZ_FIRST_TRY), format, isRightToLeft(), false);
    }

    /** The dashboard's DigComp view: per competence, modules started and finished. */
    public String getDigcompChart() {
        return ReportCharts.bars(table(Dimension.DIGCOMP_COMPETENCE), List.of(Measure.MODULES_STARTED,
                Measure.MODULES_COMPLETED), format, isRightToLeft(), true);
    }

    /** The compare page's chart: the rates side by side. */
    public String getCompareChart() {
        return ReportCharts.bars(tables.get(0).table(), List.of(Measure.COMPLETION_RATE, Measure.SHARE_GAINED,
                Measure.QUIZ_FIRST_TRY), format, isRightToLeft(), false);
    }

    /** The feedback page's chart: how useful learners found each module. */
    public String getFeedbackChart() {
        return ReportCharts.bars(tables.get(0).table(), List.of(Measure.USEFUL_VERY, Measure.USEFUL_A_LITTLE,
                Measure.USEFUL_NOT), format, isRightToLeft(), true);
    }

    public String chartLabel(ReportTableView table) {
        return format.text("reports.chartOf", table.caption());
    }

    private ReportTable table(Dimension dimension) {
        return tables.stream().map(ReportTableView::table).filter(t -> t.dimension() == dimension).findFirst()
                .orElseThrow();
    }

    private boolean isRightToLeft() {
        return "rtl".equals(language.getDir());
    }
}
