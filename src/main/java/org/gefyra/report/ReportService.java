package org.gefyra.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.organisation.Site;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/**
 * Reports for partner organisations: coordinators see their own organisation, network-wide
 * coordinators every organisation of their network, administrators all; educators none. Every
 * figure is computed by the database ({@link ReportQueries}) and protected ({@link Suppression})
 * before anyone sees it; no report shows a single learner.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    CompetenceTable competences;

    @Inject
    ReportLabels labels;

    @Inject
    ReportRollup rollup;

    /** The reports' time zone: the server's, as for the certificates' dates. */
    ZoneId zone = ZoneId.systemDefault();

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The organisations whose figures the caller may see; refuses everyone but coordinators and administrators. */
    public List<Organisation> visibleOrganisations(Caller caller) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return organisations.organisations(caller);
    }

    /** The sites of those organisations, for the filter. */
    public List<Site> visibleSites(Caller caller) {
        Set<Long> visible = ids(visibleOrganisations(caller));
        if (visible.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Site s join fetch s.organisation where s.organisation.id in ?1 "
                + "order by s.organisation.name, s.name", Site.class).setParameter(1, visible).getResultList();
    }

    /** The tables of a report, labelled in the language, with small groups hidden. */
    public List<ReportTable> report(Caller caller, ReportKind kind, ReportFilter filter, Dimension chosen, Locale locale) {
        Scope scope = scope(caller, filter);
        Map<Dimension, List<Measure>> wanted = new LinkedHashMap<>();
        switch (kind) {
            case DASHBOARD -> {
                wanted.put(Dimension.TOTAL, Measure.HEADLINE);
                wanted.put(Dimension.MONTH, ReportKind.OVER_MONTHS);
                wanted.put(scope.organisations().size() > 1 ? Dimension.ORGANISATION : Dimension.SITE, Measure.RATES);
                wanted.put(Dimension.DIGCOMP_COMPETENCE, ReportKind.DIGCOMP);
            }
            case TABLE -> wanted.put(chosen(kind, chosen), Measure.HEADLINE);
            case COMPARE -> wanted.put(chosen(kind, chosen), Measure.RATES);
            case FEEDBACK -> wanted.put(Dimension.MODULE, Measure.FEEDBACK);
        }
        if (wanted.keySet().stream().anyMatch(ReportService::byCompetences)) {
            // before the rollup's turn: competences changed since are summed by it now, not at the next report
            competences.bringUpToDate();
        }
        ReportBuilds.Turn turn = ReportBuilds.take(rollup);
        List<Long> ids = counted(scope);
        // The totals of every table at once: one query per family, not one per table; read off the rows
        // by organisation or site when a table has those (see ReportQueries.withTotal).
        List<Measure> all = wanted.values().stream().flatMap(List::stream).distinct().toList();
        Dimension partition = wanted.keySet().stream().filter(ReportQueries::partitions).findFirst().orElse(null);
        Map<Dimension, Map<String, Map<Measure, Cell>>> known = new HashMap<>();
        Map<String, Map<Measure, Cell>> totals;
        if (partition != null) {
            List<Measure> measures = java.util.stream.Stream.concat(wanted.get(partition).stream(),
                    all.stream().filter(ReportQueries::summedIntoTotal)).distinct().toList();
            Figures figures = partitioned(ids, filter, partition, measures, all, turn);
            known.put(partition, figures.rows());
            totals = figures.totals();
        } else {
            totals = new ReportQueries(em, ids, filter, Dimension.TOTAL, zone, turn).figures(all);
        }
        List<ReportTable> tables = new ArrayList<>();
        wanted.forEach((dimension, measures) -> tables.add(table(scope, filter, dimension, measures, locale,
                known.get(dimension), totals, turn)));
        return tables;
    }

    /** Figures by organisation or site, and the total of the measures {@code forTotal}. */
    private record Figures(Map<String, Map<Measure, Cell>> rows, Map<String, Map<Measure, Cell>> totals) {
    }

    /**
     * The rows by organisation or site and, from their counts, the total; only the measures that are
     * not summed (sessions) ask the database for their total.
     */
    private Figures partitioned(List<Long> ids, ReportFilter filter, Dimension partition, List<Measure> forRows,
            List<Measure> forTotal, ReportBuilds.Turn turn) {
        Map<String, Map<Measure, Cell>> rows = new ReportQueries(em, ids, filter, partition, zone, turn)
                .withTotal().figures(forRows);
        Map<String, Map<Measure, Cell>> totals = new HashMap<>();
        Map<Measure, Cell> total = rows.remove(ReportQueries.TOTAL_ROW);
        if (total != null) {
            totals.put("0", total);
        }
        List<Measure> notSummed = forTotal.stream().filter(m -> !ReportQueries.summedIntoTotal(m)).toList();
        if (!notSummed.isEmpty()) {
            new ReportQueries(em, ids, filter, Dimension.TOTAL, zone, turn).figures(notSummed)
                    .forEach((key, cells) -> totals.computeIfAbsent(key, k -> new HashMap<>()).putAll(cells));
        }
        return new Figures(rows, totals);
    }

    /** One table: figures per row of the dimension, and the total. */
    public ReportTable table(Caller caller, ReportFilter filter, Dimension dimension, List<Measure> measures, Locale locale) {
        if (byCompetences(dimension)) {
            competences.bringUpToDate();
        }
        return table(scope(caller, filter), filter, dimension, measures, locale, null, null, ReportBuilds.take(rollup));
    }

    private static boolean byCompetences(Dimension dimension) {
        return dimension == Dimension.DIGCOMP_AREA || dimension == Dimension.DIGCOMP_COMPETENCE;
    }

    private static Dimension chosen(ReportKind kind, Dimension chosen) {
        return chosen != null && kind.choices().contains(chosen) ? chosen : kind.choices().get(0);
    }

    private ReportTable table(Scope scope, ReportFilter filter, Dimension dimension, List<Measure> measures, Locale locale,
            Map<String, Map<Measure, Cell>> knownFigures, Map<String, Map<Measure, Cell>> knownTotals,
            ReportBuilds.Turn turn) {
        List<Long> ids = counted(scope);
        Map<String, Map<Measure, Cell>> figures;
        Map<String, Map<Measure, Cell>> totals;
        if (knownFigures != null && knownTotals != null) {
            figures = knownFigures;
            totals = knownTotals;
        } else if (dimension == Dimension.TOTAL) {
            figures = knownTotals != null ? knownTotals
                    : new ReportQueries(em, ids, filter, Dimension.TOTAL, zone, turn).figures(measures);
            totals = figures;
        } else if (knownTotals == null && ReportQueries.partitions(dimension)) {
            Figures partitioned = partitioned(ids, filter, dimension, measures, measures, turn);
            figures = partitioned.rows();
            totals = partitioned.totals();
        } else {
            figures = new ReportQueries(em, ids, filter, dimension, zone, turn).figures(measures);
            totals = knownTotals != null ? knownTotals
                    : new ReportQueries(em, ids, filter, Dimension.TOTAL, zone, turn).figures(measures);
        }
        ReportLabels.Names names = labels.names(dimension, scope, locale, filter);
        Map<String, String> rows = new LinkedHashMap<>();
        if (dimension != Dimension.TOTAL) {
            names.always().forEach(key -> rows.put(key, names.of(key)));
            figures.keySet().stream().filter(key -> !rows.containsKey(key))
                    .sorted(Comparator.comparing(names::of, String.CASE_INSENSITIVE_ORDER))
                    .forEach(key -> rows.put(key, names.of(key)));
        }
        List<ReportRow> built = new ArrayList<>();
        rows.forEach((key, label) -> built.add(row(key, label, figures.get(key), measures, dimension, filter)));
        ReportRow total = row("", labels.total(locale), totals.get("0"), measures, Dimension.TOTAL, filter);
        return Suppression.apply(new ReportTable(dimension, List.copyOf(measures), List.copyOf(built), total));
    }

    private static ReportRow row(String key, String label, Map<Measure, Cell> figures, List<Measure> measures,
            Dimension dimension, ReportFilter filter) {
        Map<Measure, Cell> cells = new HashMap<>();
        for (Measure measure : measures) {
            Cell cell = figures == null ? null : figures.get(measure);
            if (!measure.appliesTo(dimension, filter)) {
                cell = Cell.notAvailable();
            } else if (cell == null) {
                cell = Cell.of(measure.isAdditive() ? 0.0 : null, 0);
            }
            cells.put(measure, cell);
        }
        return new ReportRow(key, label, cells);
    }

    /** The organisations whose figures count, for ReportQueries: null when that is every organisation there is. */
    private List<Long> counted(Scope scope) {
        if (scope.everyOrganisation()) {
            return null;
        }
        return List.copyOf(ids(scope.organisations()));
    }

    /** Whose figures a report may hold: the caller's organisations, narrowed by the filter. */
    Scope scope(Caller caller, ReportFilter filter) {
        List<Organisation> visible = visibleOrganisations(caller);
        List<Organisation> chosen = visible;
        if (filter.organisationId() != null) {
            chosen = visible.stream().filter(o -> o.getId().equals(filter.organisationId())).toList();
            if (chosen.isEmpty()) {
                throw new NotAllowedException("organisation " + filter.organisationId());
            }
        }
        if (filter.siteId() != null) {
            Site site = em.find(Site.class, filter.siteId());
            if (site == null || chosen.stream().noneMatch(o -> o.getId().equals(site.getOrganisation().getId()))) {
                throw new NotAllowedException("site " + filter.siteId());
            }
            chosen = chosen.stream().filter(o -> Objects.equals(o.getId(), site.getOrganisation().getId())).toList();
        }
        boolean every = caller.role() == Role.ADMIN && filter.organisationId() == null && filter.siteId() == null
                && chosen.size() == ((Number) em.createQuery("select count(o) from Organisation o").getSingleResult()).intValue();
        return new Scope(visible, chosen, every);
    }

    /**
     * The organisations a caller may see, those of them that the filter keeps, and whether these are
     * every organisation there is.
     */
    record Scope(List<Organisation> visible, List<Organisation> organisations, boolean everyOrganisation) {
    }

    private static Set<Long> ids(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::getId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
