package org.gefyra.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;

/**
 * A place where an organisation holds sessions: a library, a community centre, a town hall.
 * A site may hide the list of its learners' names on its kiosks, for privacy. Its public details
 * (town, opening hours, languages spoken, accessibility) tell newcomers where to get help.
 */
@Entity
@Table(name = "site")
public class Site {

    public static final int NAME_LENGTH = 120;
    public static final int ADDRESS_LENGTH = 200;
    public static final int TOWN_LENGTH = 120;
    public static final int NOTE_LENGTH = 300;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String name;

    @Enumerated(EnumType.STRING)
    private SiteKind kind;

    private String address;

    @Column(name = "learner_list_shown")
    private boolean learnerListShown;

    private String town;

    @Column(name = "opening_hours")
    private String openingHours;

    @Column(name = "languages_spoken")
    private String languagesSpoken;

    private String accessibility;

    @Column(name = "accessibility_note")
    private String accessibilityNote;

    protected Site() {
    }

    public Site(Organisation organisation, String name, SiteKind kind, String address) {
        this.organisation = Check.present("organisation", organisation);
        this.learnerListShown = true;
        change(name, kind, address, true);
    }

    public void change(String name, SiteKind kind, String address, boolean learnerListShown) {
        this.name = Check.text("name", name, NAME_LENGTH);
        this.kind = Check.present("kind", kind);
        this.address = Check.optionalText("address", address, ADDRESS_LENGTH);
        this.learnerListShown = learnerListShown;
    }

    /** The details the public page shows; the address too, since newcomers look for it there. */
    public void keepPublicDetails(SiteDetails details) {
        this.address = Check.optionalText("address", details.address(), ADDRESS_LENGTH);
        this.town = Check.optionalText("town", details.town(), TOWN_LENGTH);
        String hours = details.openingHours() == null ? "" : details.openingHours().stored();
        if (hours.length() > 300) {
            throw new InvalidInputException("hours", "error.tooLong");
        }
        this.openingHours = hours.isEmpty() ? null : hours;
        List<String> languages = details.languagesSpoken() == null ? List.of() : details.languagesSpoken();
        if (languages.size() > 20 || !languages.stream().allMatch(code -> LANGUAGE.matcher(code).matches())) {
            throw new InvalidInputException("languages", "error.languageCode");
        }
        this.languagesSpoken = languages.isEmpty() ? null : languages.stream().distinct().sorted().collect(Collectors.joining(","));
        Set<Accessibility> access = details.accessibility() == null ? Set.of() : details.accessibility();
        this.accessibility = access.isEmpty() ? null : access.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.accessibilityNote = Check.optionalText("accessibilityNote", details.accessibilityNote(), NOTE_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public boolean isLearnerListShown() {
        return learnerListShown;
    }

    /** The town the site is in: its own, or else its organisation's city. */
    public String getTown() {
        return town != null ? town : organisation.getCity();
    }

    public String getOwnTown() {
        return town;
    }

    public OpeningHours getOpeningHours() {
        return OpeningHours.parse(openingHours);
    }

    public List<String> getLanguagesSpoken() {
        return languagesSpoken == null ? List.of() : List.of(languagesSpoken.split(","));
    }

    public Set<Accessibility> getAccessibility() {
        Set<Accessibility> set = EnumSet.noneOf(Accessibility.class);
        if (accessibility != null) {
            Arrays.stream(accessibility.split(",")).filter(name -> Arrays.stream(Accessibility.values())
                    .anyMatch(a -> a.name().equals(name))).map(Accessibility::valueOf).forEach(set::add);
        }
        return set;
    }

    public String getAccessibilityNote() {
        return accessibilityNote;
    }
}
