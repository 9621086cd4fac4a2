package org.gefyra.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import org.gefyra.shared.InvalidInputException;

/**
 * What a learner agreed to, when, and which member of staff recorded it. Keeping their progress
 * is what an account is for, so it is required; being counted in anonymous reports is their choice.
 */
@Embeddable
public class Consent implements Serializable {

    @Column(name = "consent_progress")
    private boolean progressTracking;

    @Column(name = "consent_reports")
    private boolean anonymousReports;

    @Column(name = "consent_at")
    private Instant at;

    @Column(name = "consent_by")
    private Long recordedBy;

    @Column(name = "consent_by_name")
    private String recordedByName;

    protected Consent() {
    }

    /**
     * @param recordedBy the staff account that recorded it; null only for the demo network
     * @param recordedByName that person's name as it was then
     */
    public static Consent given(boolean progressTracking, boolean anonymousReports, Long recordedBy,
            String recordedByName) {
        if (!progressTracking) {
            throw new InvalidInputException("consentProgress", "error.consentRequired");
        }
        Consent consent = new Consent();
        consent.progressTracking = true;
        consent.anonymousReports = anonymousReports;
        consent.at = Instant.now();
        consent.recordedBy = recordedBy;
        consent.recordedByName = recordedByName;
        return consent;
    }

    /** The same agreement, without the name of the member of staff who recorded it (for an erased learner). */
    Consent forgettingWhoRecordedIt() {
        Consent kept = new Consent();
        kept.progressTracking = progressTracking;
        kept.anonymousReports = anonymousReports;
        kept.at = at;
        return kept;
    }

    /**
     * The learner withdraws their agreement to be counted in anonymous reports: their progress is
     * still kept for them, but from now on they are left out of every count. Recorded as the caller's.
     */
    public Consent withoutReports(Long recordedBy, String recordedByName) {
        Consent withdrawn = new Consent();
        withdrawn.progressTracking = progressTracking;
        withdrawn.anonymousReports = false;
        withdrawn.at = Instant.now();
        withdrawn.recordedBy = recordedBy;
        withdrawn.recordedByName = recordedByName;
        return withdrawn;
    }

    public boolean sameAgreementAs(boolean progressTracking, boolean anonymousReports) {
        return this.progressTracking == progressTracking && this.anonymousReports == anonymousReports;
    }

    public boolean isProgressTracking() { return progressTracking; }
    public boolean isAnonymousReports() { return anonymousReports; }
    public Instant getAt() { return at; }
    public Long getRecordedBy() { return recordedBy; }
    public String getRecordedByName() { return recordedByName; }
}
