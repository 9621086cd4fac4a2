package org.gefyra.learner.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gefyra.learner.Consent;
import org.gefyra.learner.Learner;
import org.gefyra.learner.Picture;

/** A learner as the top of their page shows them: who, where, the state of their card, what they agreed to. */
public record LearnerSummary(long id, String displayName, Picture picture, String siteName, boolean locked,
        LocalDate switchedOffOn, LocalDate lastSeenOn, boolean hasCard, LocalDate cardPrintedOn,
        boolean consentReports, LocalDate consentOn, String consentBy) implements Serializable {

    public static LearnerSummary of(Learner learner) {
        Consent consent = learner.getConsent();
        return new LearnerSummary(learner.getId(), learner.getDisplayName(), learner.getPicture(),
                learner.getSite() == null ? "" : learner.getSite().getName(), learner.isLocked(),
                day(learner.getSwitchedOffAt()), day(learner.getLastSeenAt()), learner.hasCard(),
                day(learner.getCardPrintedAt()), consent.isAnonymousReports(), day(consent.getAt()),
                consent.getRecordedByName());
    }

    public boolean isActive() {
        return switchedOffOn == null;
    }

    /** A card that Gefyra did not print: the demo's, or one printed before cards were kept as hashes. */
    public boolean isCardOfBefore() {
        return hasCard && cardPrintedOn == null;
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneId.systemDefault());
    }
}
