package org.gefyra.learner;

/** What an educator types to register a learner: as little personal data as possible. */
public class LearnerForm {
    public String displayName;
    public Picture picture;
    public String language;
    public AgeBand ageBand;
    public TargetGroup targetGroup;
    public boolean consent;
    public Long siteId;
    public String pin;

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Picture getPicture() { return picture; }
    public void setPicture(Picture picture) { this.picture = picture; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public TargetGroup getTargetGroup() { return targetGroup; }
    public void setTargetGroup(TargetGroup targetGroup) { this.targetGroup = targetGroup; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
}
