package org.gefyra.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.Site;
import org.gefyra.shared.security.Caller;

/** Turns a report into a document for the exports, in the reader's language, with the filters written out. */
@ApplicationScoped
public class ReportDocuments {

    @Inject
    ReportService reports;

    @Inject
    ReportLabels labels;

    public ReportDocument document(Caller caller, ReportKind kind, ReportFilter filter, Dimension dimension, Locale locale) {
        List<ReportTable> tables = reports.report(caller, kind, filter, dimension, locale);
        ReportFormat format = new ReportFormat(locale);
        List<String> about = new ArrayList<>(describe(caller, filter, format));
        about.add(format.text("reports.madeAt", ZonedDateTime.now(reports.zone())
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale))));
        about.add(format.text("reports.suppressed"));
        List<ReportDocument.Table> written = tables.stream().map(t -> table(t, kind.showsLearners(), format)).toList();
        return new ReportDocument(format.text(kind.textKey()), locale.getLanguage(), about, written);
    }

    /** The period and the filters, one line each, as the page shows them above the report. */
    public List<String> describe(Caller caller, ReportFilter filter, ReportFormat format) {
        Locale locale = format.locale();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<String> lines = new ArrayList<>();
        lines.add(format.text("reports.period", filter.period().from().format(day), filter.period().to().format(day)));
        List<Organisation> visible = reports.visibleOrganisations(caller);
        String organisations = filter.organisationId() == null
                ? (visible.size() == 1 ? visible.get(0).getName() : format.text("reports.allOrganisations", visible.size()))
                : visible.stream().filter(o -> o.getId().equals(filter.organisationId())).map(Organisation::getName)
                        .findFirst().orElse("");
        lines.add(format.text("reports.filter.organisation", organisations));
        if (filter.siteId() != null) {
            lines.add(format.text("reports.filter.site", reports.visibleSites(caller).stream()
                    .filter(s -> s.getId().equals(filter.siteId())).map(Site::getName).findFirst().orElse("")));
        }
        if (filter.moduleId() != null) {
            lines.add(format.text("reports.filter.module", labels.moduleTitle(filter.moduleId(), locale)));
        }
        if (filter.targetGroup() != null) {
            lines.add(format.text("reports.filter.targetGroup",
                    format.text("reports.targetGroup." + filter.targetGroup())));
        }
        return lines;
    }

    static ReportDocument.Table table(ReportTable table, boolean withLearners, ReportFormat format) {
        List<String> header = new ArrayList<>();
        header.add(format.dimension(table.dimension()));
        for (Measure measure : table.measures()) {
            header.add(format.measure(measure));
            if (withLearners) {
                header.add(format.text("reports.restsOn"));
            }
        }
        List<List<ReportDocument.Entry>> rows = new ArrayList<>();
        List<ReportRow> all = new ArrayList<>(table.rows());
        all.add(table.total());
        for (ReportRow row : all) {
            List<ReportDocument.Entry> entries = new ArrayList<>();
            entries.add(ReportDocument.Entry.text(row.label()));
            for (Measure measure : table.measures()) {
                Cell cell = row.cell(measure);
                entries.add(new ReportDocument.Entry(format.value(measure, cell), cell.visibleValue(), measure.kind()));
                if (withLearners) {
                    Long learners = cell.visibleLearners();
                    entries.add(new ReportDocument.Entry(format.learners(cell),
                            learners == null ? null : learners.doubleValue(), Measure.Kind.COUNT));
                }
            }
            rows.add(entries);
        }
        return new ReportDocument.Table(format.caption(table.dimension()), header, rows);
    }
}
