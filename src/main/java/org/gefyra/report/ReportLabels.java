package org.gefyra.report;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.Site;
import org.gefyra.shared.i18n.Texts;

/** The names of a report's rows, in the reader's language: organisations, sites, modules, competences, months, ... */
@ApplicationScoped
public class ReportLabels {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentLibrary library;

    /** The rows a dimension always has (all organisations, all months), and the name of any row's key. */
    public record Names(List<String> always, Function<String, String> naming) {
        public String of(String key) {
            return naming.apply(key);
        }
    }

    public String total(Locale locale) {
        return Texts.MESSAGES.format(locale, "reports.total");
    }

    Names names(Dimension dimension, ReportService.Scope scope, Locale locale, ReportFilter filter) {
        return switch (dimension) {
            case TOTAL -> new Names(List.of(), key -> total(locale));
            case ORGANISATION -> {
                Map<String, String> names = new LinkedHashMap<>();
                scope.organisations().forEach(o -> names.put(String.valueOf(o.getId()), o.getName()));
                yield new Names(List.copyOf(names.keySet()), key -> names.getOrDefault(key, key));
            }
            case CITY -> {
                List<String> cities = scope.organisations().stream().map(Organisation::getCity).distinct().sorted().toList();
                yield new Names(cities, key -> key);
            }
            case SITE -> sites(scope, locale, filter);
            case MODULE -> new Names(List.of(), key -> moduleTitle(key, locale));
            case DIGCOMP_AREA -> new Names(List.of(), key -> text(locale, "digcomp.area." + key, key));
            case DIGCOMP_COMPETENCE -> new Names(List.of(), key -> key + " " + text(locale, "digcomp." + key, ""));
            case TARGET_GROUP -> new Names(List.of(), key -> text(locale, "reports.targetGroup." + key, key));
            case AGE_BAND -> new Names(List.of(), key -> text(locale, "reports.ageBand." + key, key));
            case LANGUAGE -> new Names(List.of(), key -> languageName(key, locale));
            case MONTH -> new Names(filter.period().months().stream().map(YearMonth::toString).toList(),
                    key -> monthName(YearMonth.parse(key), locale));
        };
    }

    private Names sites(ReportService.Scope scope, Locale locale, ReportFilter filter) {
        List<Long> organisations = scope.organisations().stream().map(Organisation::getId).toList();
        List<Site> sites = em.createQuery("select s from Site s join fetch s.organisation where s.organisation.id in ?1 "
                + "order by s.organisation.name, s.name", Site.class).setParameter(1, organisations).getResultList();
        boolean several = organisations.size() > 1;
        Map<String, String> names = new LinkedHashMap<>();
        sites.stream().filter(s -> filter.siteId() == null || filter.siteId().equals(s.getId()))
                .forEach(s -> names.put(String.valueOf(s.getId()),
                        several ? s.getName() + " (" + s.getOrganisation().getName() + ")" : s.getName()));
        String none = text(locale, "reports.noSite", "");
        return new Names(List.copyOf(names.keySet()), key -> key.isEmpty() ? none : names.getOrDefault(key, key));
    }

    /** A module's title in the language, else in English, else its id (a module no longer offered). */
    public String moduleTitle(String moduleId, Locale locale) {
        return library.module(moduleId).map(m -> title(m, locale.getLanguage())).orElse(moduleId);
    }

    private static String title(LearningModule module, String language) {
        ModuleText text = module.texts().getOrDefault(language, module.texts().get("en"));
        return text == null ? module.id() : text.title();
    }

    public static String monthName(YearMonth month, Locale locale) {
        DateFormat format = DateFormat.getPatternInstance(DateFormat.YEAR_ABBR_MONTH, ULocale.forLocale(locale));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(Date.from(month.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    public static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String text(Locale locale, String key, String otherwise) {
        return Texts.MESSAGES.has(locale, key) ? Texts.MESSAGES.format(locale, key) : otherwise;
    }
}
