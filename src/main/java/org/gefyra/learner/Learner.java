package org.gefyra.learner;

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
import java.time.Instant;
import java.util.regex.Pattern;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.Site;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;

/**
 * A person who learns with Gefyra, registered by an educator with as little personal data as
 * possible. They sign in with their login card (a short code, also as a QR code) or by choosing
 * their name and typing a 4-digit PIN; five wrong PINs lock the card until an educator unlocks it.
 */
@Entity
@Table(name = "learner")
public class Learner {

    public static final int PIN_ATTEMPTS = 5;
    public static final Pattern PIN = Pattern.compile("[0-9]{4}");

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

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group")
    private TargetGroup targetGroup;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "card_code")
    private String cardCode;

    @Column(name = "pin_hash")
    private String pinHash;

    @Column(name = "failed_pins")
    private int failedPins;

    private boolean locked;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Learner() {
    }

    public Learner(Site site, String displayName, Picture picture, String language, AgeBand ageBand,
            TargetGroup targetGroup, boolean consent, String cardCode, String pinHash) {
        if (!consent) {
            throw new InvalidInputException("consent", "error.consentRequired");
        }
        this.site = Check.present("site", site);
        this.organisation = site.getOrganisation();
        this.cardCode = Check.present("cardCode", cardCode);
        this.pinHash = Check.present("pin", pinHash);
        this.consentAt = Instant.now();
        this.createdAt = consentAt;
        change(displayName, picture, language, ageBand, targetGroup);
    }

    public static String checkPin(String pin) {
        return Check.matching("pin", pin, PIN, "error.pinFormat");
    }

    public void change(String displayName, Picture picture, String language, AgeBand ageBand,
            TargetGroup targetGroup) {
        this.displayName = Check.text("displayName", displayName, 60);
        this.picture = Check.present("picture", picture);
        this.language = Check.text("language", language, 8);
        this.ageBand = ageBand == null ? AgeBand.NOT_SAID : ageBand;
        this.targetGroup = targetGroup == null ? TargetGroup.NOT_SAID : targetGroup;
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

    // Setting and resetting a PIN and moving a learner are the educators issue's (#8) to offer.
    public void changePinHash(String pinHash) {
        this.pinHash = Check.present("pin", pinHash);
        unlock();
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

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getCardCode() {
        return cardCode;
    }

    public String getPinHash() {
        return pinHash;
    }

    public boolean isLocked() {
        return locked;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
