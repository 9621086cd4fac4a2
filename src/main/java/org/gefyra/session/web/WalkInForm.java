package org.gefyra.session.web;

import jakarta.validation.constraints.AssertTrue;
import java.io.Serializable;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerForm;
import org.gefyra.learner.Picture;
import org.gefyra.shared.validation.Format;
import org.gefyra.shared.validation.PlainText;

/** The few things typed to register a walk-in on the spot. */
public class WalkInForm implements Serializable {
    @PlainText(max = Learner.NAME_LENGTH)
    String displayName;
    String language;
    Picture picture = Picture.values()[0];
    @Format(regexp = Learner.PIN_FORMAT, message = "{error.pinFormat}")
    String pin;
    @AssertTrue(message = "{error.consentRequired}")
    boolean consentProgress;
    boolean consentReports;

    LearnerForm toLearnerForm() {
        LearnerForm form = new LearnerForm();
        form.displayName = displayName;
        form.language = language;
        form.picture = picture;
        form.pin = pin;
        form.consentProgress = consentProgress;
        form.consentReports = consentReports;
        return form;
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Picture getPicture() { return picture; }
    public void setPicture(Picture picture) { this.picture = picture; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
    public boolean isConsentProgress() { return consentProgress; }
    public void setConsentProgress(boolean consentProgress) { this.consentProgress = consentProgress; }
    public boolean isConsentReports() { return consentReports; }
    public void setConsentReports(boolean consentReports) { this.consentReports = consentReports; }
}
