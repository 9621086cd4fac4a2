package org.gefyra.learner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.Site;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.i18n.Languages;

/**
 * A person who learns with Gefyra, registered by an educator with as little personal data as
 * possible: a first name or nickname, a picture, a language, an age band, target groups and their
 * consent. They sign in with their login card (a code, also as a QR code) or by choosing their
 * name and typing a 4-digit PIN; five wrong PINs lock the card until an educator unlocks it. A
 * learner who is switched off cannot sign in at all.
 */
@Entity
@Table(name = "learner")
public class Learner {

    public static final int NAME_LENGTH = 60;
    public static final String PIN_FORMAT = "[0-9]{4}";

    public static final int PIN_ATTEMPTS = 5;
    public static final Pattern PIN = Pattern.compile(PIN_FORMAT);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Picture picture;

    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    @ElementCollection
    @CollectionTable(name = "learner_target_group", joinColumns = @JoinColumn(name = "learner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group")
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @Embedded
    private Consent consent;

    @Column(name = "card_lookup")
    private Integer cardLookup;

    @Column(name = "card_hash")
    private String cardHash;

    @Column(name = "card_printed_at")
    private Instant cardPrintedAt;

    @Column(name = "pin_hash")
    private String pinHash;

    @Column(name = "failed_pins")
    private int failedPins;

    private boolean locked;

    @Column(name = "switched_off_at")
    private Instant switchedOffAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Learner() {
    }

    public Learner(Site site, String displayName, Picture picture, String language, AgeBand ageBand,
            Collection<TargetGroup> targetGroups, Consent consent, String pinHash) {
        this.site = Check.present("site", site);
        this.organisation = site.getOrganisation();
        this.consent = Check.present("consentProgress", consent);
        this.pinHash = Check.present("pin", pinHash);
        this.createdAt = Instant.now();
        change(displayName, picture, language, ageBand, targetGroups);
    }

    /** Checks a name, a picture and a language, in the order the forms ask for them. */
    public static void checkDetails(String displayName, Picture picture, String language) {
        Check.text("displayName", displayName, NAME_LENGTH);
        Check.present("picture", picture);
        if (!Languages.isInterfaceLanguage(language)) {
            throw new InvalidInputException("language", "error.required");
        }
    }

    public static String checkPin(String pin) {
        return Check.matching("pin", pin, PIN, "error.pinFormat");
    }

    public void change(String displayName, Picture picture, String language, AgeBand ageBand,
            Collection<TargetGroup> targetGroups) {
        checkDetails(displayName, picture, language);
        this.displayName = displayName.strip();
        this.picture = picture;
        this.language = language;
        this.ageBand = ageBand == null ? AgeBand.NOT_SAID : ageBand;
        Set<TargetGroup> groups = targetGroups == null || targetGroups.isEmpty()
                ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups);
        this.targetGroups.retainAll(groups);
        this.targetGroups.addAll(groups);
    }

    /** A new agreement replaces the one before; the same agreement again keeps its date and recorder. */
    public void recordConsent(Consent given) {
        if (!consent.sameAgreementAs(given.isProgressTracking(), given.isAnonymousReports())) {
            consent = given;
        }
    }

    /** Counts a wrong PIN; the fifth in a row locks the card. */
    public void wrongPin() {
        failedPins++;
        lockIfOutOfAttempts();
    }

    /** Attempts are counted before they are checked (see LearnerService.checkPin): a wrong one only may lock. */
    void lockIfOutOfAttempts() {
        if (failedPins >= PIN_ATTEMPTS) {
            locked = true;
        }
    }

    public void rightPin() {
        failedPins = 0;
    }

    public int pinAttemptsLeft() {
        return Math.max(0, PIN_ATTEMPTS - failedPins);
    }

    public void unlock() {
        locked = false;
        failedPins = 0;
    }

    public void changePinHash(String pinHash) {
        this.pinHash = Check.present("pin", pinHash);
        unlock();
    }

    /** A new card: the code of the card before stops working. */
    void newCard(int lookup, String hash, Instant printedAt) {
        this.cardLookup = lookup;
        this.cardHash = Check.present("card", hash);
        this.cardPrintedAt = printedAt;
    }

    public boolean hasCard() {
        return cardHash != null;
    }

    public void switchOff() {
        if (switchedOffAt == null) {
            switchedOffAt = Instant.now();
        }
    }

    public void switchOn() {
        if (erasedAt != null) {
            throw new InvalidInputException("learner", "privacy.erase.already");
        }
        switchedOffAt = null;
    }

    /** Whether the learner may sign in now: switched on, and the card not locked by wrong PINs. */
    public boolean maySignIn() {
        return isActive() && !locked;
    }

    /**
     * Deletes what the row holds about the person, keeping only their organisation, site, dates and
     * consent flags, so that the learning tied to it is still counted, by nobody. The card and the
     * PIN stop working; the learner is switched off and can be neither found nor switched on again.
     * Returns false if they were erased already.
     */
    public boolean erase() {
        if (erasedAt != null) {
            return false;
        }
        erasedAt = Instant.now();
        switchOff();
        displayName = "";
        picture = Picture.SUN;
        ageBand = AgeBand.NOT_SAID;
        targetGroups.clear();
        cardLookup = null;
        cardHash = null;
        cardPrintedAt = null;
        pinHash = "-";
        failedPins = PIN_ATTEMPTS;
        locked = true;
        lastSeenAt = null;
        consent = consent.forgettingWhoRecordedIt();
        return true;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    void seenAt(Instant when) {
        lastSeenAt = when;
    }

    public void moveTo(Site site) {
        if (!Check.present("site", site).getOrganisation().getId().equals(organisation.getId())) {
            throw new InvalidInputException("site", "error.siteOfOtherOrganisation");
        }
        this.site = site;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Site getSite() {
        return site;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Picture getPicture() {
        return picture;
    }

    public String getLanguage() {
        return language;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
    }

    public Consent getConsent() {
        return consent;
    }

    String getCardHash() {
        return cardHash;
    }

    public Instant getCardPrintedAt() {
        return cardPrintedAt;
    }

    public String getPinHash() {
        return pinHash;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isActive() {
        return switchedOffAt == null;
    }

    public Instant getSwitchedOffAt() {
        return switchedOffAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
