package org.gefyra.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gefyra.organisation.OpeningHours;
import org.gefyra.session.WhereToGetHelp;
import org.gefyra.shared.i18n.Language;

/**
 * The public page of places to get help, for anyone (a social worker, a relative): partner
 * organisations' sites and their coming open sessions, by town and language. It keeps nothing
 * on the server: the filters are the page's address.
 */
@Named
@RequestScoped
public class HelpView {

    /** One day's opening hours, as the page writes them: each range apart, so that none is broken across lines. */
    public record OpenOn(DayOfWeek day, List<String> hours) {
    }

    @Inject
    WhereToGetHelp help;

    @Inject
    Language language;

    @Inject
    @ManagedProperty("#{param.town}")
    String town;

    @Inject
    @ManagedProperty("#{param.spoken}")
    String spoken;

    private List<WhereToGetHelp.Place> places;
    private List<String> towns;
    private List<String> languages;

    public List<WhereToGetHelp.Place> getPlaces() {
        if (places == null) {
            places = help.places(getTown(), getSpoken(), language.getCode());
        }
        return places;
    }

    public List<String> getTowns() {
        if (towns == null) {
            towns = help.towns();
        }
        return towns;
    }

    public List<String> getLanguages() {
        if (languages == null) {
            Locale page = language.getLocale();
            languages = help.languages().stream()
                    .sorted(Comparator.comparing(code -> Locale.forLanguageTag(code).getDisplayLanguage(page))).toList();
        }
        return languages;
    }

    /** The days a place is open, Monday first. */
    public List<OpenOn> openOn(OpeningHours hours) {
        return java.util.Arrays.stream(DayOfWeek.values()).filter(day -> !hours.typedFor(day).isEmpty())
                .map(day -> new OpenOn(day, List.of(hours.typedFor(day).split(", ")))).toList();
    }

    /** The town chosen, if it is one of the list (anything else shows every town). */
    public String getTown() {
        return town != null && getTowns().stream().anyMatch(t -> t.equalsIgnoreCase(town.strip())) ? town.strip() : null;
    }

    public String getSpoken() {
        return spoken != null && getLanguages().contains(spoken.strip()) ? spoken.strip() : null;
    }

    public boolean isFiltered() {
        return getTown() != null || getSpoken() != null;
    }
}
