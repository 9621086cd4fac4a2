package org.gefyra.learner;

import jakarta.validation.constraints.AssertTrue;
import java.io.Serializable;
import org.gefyra.shared.validation.Format;
import org.gefyra.shared.validation.PlainText;

/**
 * What an educator types to register or change a learner: as little personal data as possible.
 * Never holds the PIN once it has been used, so that a PIN is not written with the session.
 */
public class LearnerForm implements Serializable {
    @PlainText(max = Learner.NAME_LENGTH)
    public String displayName;
    public Picture picture;
    public String language;
    public AgeBand ageBand;
    public TargetGroup[] targetGroups = {};
    @AssertTrue(message = "{error.consentRequired}")
    public boolean consentProgress;
    public boolean consentReports;
    public Long siteId;
    @Format(regexp = Learner.PIN_FORMAT, message = "{error.pinFormat}")
    public transient String pin;

    /** The form filled in with a learner's details as stored, to change them. */
    public static LearnerForm of(Learner learner) {
        LearnerForm form = new LearnerForm();
        form.displayName = learner.getDisplayName();
        form.picture = learner.getPicture();
        form.language = learner.getLanguage();
        form.ageBand = learner.getAgeBand();
        form.targetGroups = learner.getTargetGroups().toArray(TargetGroup[]::new);
        form.consentProgress = learner.getConsent().isProgressTracking();
        form.consentReports = learner.getConsent().isAnonymousReports();
        form.siteId = learner.getSite() == null ? null : learner.getSite().getId();
        return form;
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Picture getPicture() { return picture; }
    public void setPicture(Picture picture) { this.picture = picture; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public TargetGroup[] getTargetGroups() { return targetGroups; }
    public void setTargetGroups(TargetGroup[] targetGroups) { this.targetGroups = targetGroups == null ? new TargetGroup[0] : targetGroups; }
    public boolean isConsentProgress() { return consentProgress; }
    public void setConsentProgress(boolean consentProgress) { this.consentProgress = consentProgress; }
    public boolean isConsentReports() { return consentReports; }
    public void setConsentReports(boolean consentReports) { this.consentReports = consentReports; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
}
