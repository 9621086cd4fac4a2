package org.gefyra.organisation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gefyra.organisation.Accessibility;
import org.gefyra.organisation.OpeningHours;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.organisation.Site;
import org.gefyra.organisation.SiteDetails;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.PlainText;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.PageTexts;

/**
 * An educator keeps what the public "where to get help" page says about their site: address,
 * town, opening hours day by day, the languages spoken there, and what makes it accessible.
 */
@Named
@ViewScoped
public class SiteDetailsView implements Serializable {

    /** The languages offered to choose from, besides the interface's: those of the largest groups of newcomers. */
    static final List<String> SPOKEN_CHOICES = List.of("ar", "de", "el", "en", "es", "fa", "fr", "it", "ku", "pl",
            "ps", "ru", "so", "sq", "sv", "ti", "tr", "uk", "ur");

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private Long id;
    private String siteName;
    private String organisationName;
    @PlainText(max = Site.ADDRESS_LENGTH, optional = true)
    private String address;
    @PlainText(max = Site.TOWN_LENGTH, optional = true)
    private String town;
    private String city;
    private final Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
    private List<String> spoken = new ArrayList<>();
    private List<String> accessibility = new ArrayList<>();
    @PlainText(max = Site.NOTE_LENGTH, optional = true)
    private String accessibilityNote;

    public void load() {
        Site site = organisations.site(caller.get(), id == null ? -1 : id);
        siteName = site.getName();
        organisationName = site.getOrganisation().getName();
        city = site.getOrganisation().getCity();
        address = site.getAddress();
        town = site.getOwnTown();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, site.getOpeningHours().typedFor(day));
        }
        spoken = new ArrayList<>(site.getLanguagesSpoken());
        accessibility = site.getAccessibility().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        accessibilityNote = site.getAccessibilityNote();
    }

    public void save() {
        try {
            Map<DayOfWeek, List<OpeningHours.Hours>> days = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                try {
                    days.put(day, OpeningHours.typed(day.name(), hours.get(day)));
                } catch (InvalidInputException wrong) {
                    Messages.error("site.details.hoursWrong", day.getDisplayName(TextStyle.FULL_STANDALONE, PageTexts.locale()));
                    FacesContext.getCurrentInstance().validationFailed();
                    return;
                }
            }
            EnumSet<Accessibility> access = EnumSet.noneOf(Accessibility.class);
            for (String name : accessibility) {
                access.add(java.util.Arrays.stream(Accessibility.values()).filter(a -> a.name().equals(name)).findFirst()
                        .orElseThrow(() -> new InvalidInputException("accessibility", "error.notFound")));
            }
            organisations.keepSiteDetails(caller.get(), id, new SiteDetails(address, town, new OpeningHours(days),
                    spoken, access, accessibilityNote));
            Messages.info("admin.saved");
            load();
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "site");
        }
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public List<String> getSpokenChoices() {
        return SPOKEN_CHOICES;
    }

    public Accessibility[] getAccessibilityChoices() {
        return Accessibility.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSiteName() { return siteName; }
    public String getOrganisationName() { return organisationName; }
    public String getCity() { return city; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public Map<DayOfWeek, String> getHours() { return hours; }
    public List<String> getSpoken() { return spoken; }
    public void setSpoken(List<String> spoken) { this.spoken = spoken == null ? new ArrayList<>() : spoken; }
    public List<String> getAccessibility() { return accessibility; }
    public void setAccessibility(List<String> accessibility) {
        this.accessibility = accessibility == null ? new ArrayList<>() : accessibility;
    }
    public String getAccessibilityNote() { return accessibilityNote; }
    public void setAccessibilityNote(String accessibilityNote) { this.accessibilityNote = accessibilityNote; }
}
