package org.gefyra.kiosk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.gefyra.learner.CardCode;
import org.gefyra.learner.CardCredential;
import org.gefyra.learner.GuestCredential;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerCard;
import org.gefyra.learner.LearnerService;
import org.gefyra.learner.PinCredential;
import org.gefyra.organisation.Site;
import org.gefyra.shared.security.SignInThrottle;
import org.gefyra.shared.validation.Format;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;
import org.gefyra.shared.web.RequestParameters;
import org.gefyra.shared.web.SignIns;

/**
 * How a learner signs in at a kiosk or tablet: with the code on their card, by choosing their
 * name on this kiosk and typing their PIN, or as a guest. These pages keep no state on the
 * server until someone has signed in.
 */
@Named
@RequestScoped
public class KioskSignInView {

    @Inject
    SecurityContext security;

    @Inject
    KioskDevice device;

    @Inject
    LearnerService learners;

    @Inject
    SignInThrottle throttle;

    String learner;

    @Size(max = CardCode.LONGEST_TYPED, message = "{error.cardCode}")
    private String code;
    @Format(regexp = Learner.PIN_FORMAT, message = "{error.pinFormat}")
    private String pin;
    private boolean locked;

    @PostConstruct
    void readParameters() {
        learner = RequestParameters.get("learner");
    }

    public String signInWithCard() {
        try (SignInThrottle.Attempt attempt = throttle.attempt(SignInThrottle.Limit.CARD_PER_DEVICE, device.throttleKey())) {
            if (attempt.isRefused()) {
                Messages.error("kiosk.card.wait");
                return null;
            }
            if (SignIns.authenticate(security, new CardCredential(code)) == AuthenticationStatus.SUCCESS) {
                attempt.right();
                Navigation.redirect("/learn/index.xhtml");
                return null;
            }
        }
        Optional<Learner> holder = learners.findByCard(code).filter(Learner::isActive);
        if (holder.isPresent() && holder.get().isLocked()) {
            locked = true;
        } else {
            Messages.error("kiosk.card.unknown");
        }
        return null;
    }

    public String signInWithPin() {
        if (chosen().isEmpty()) {
            Messages.error("kiosk.pin.chooseAgain");
            return null;
        }
        long learnerId = getLearnerId();
        if (SignIns.authenticate(security, new PinCredential(learnerId, pin)) == AuthenticationStatus.SUCCESS) {
            Navigation.redirect("/learn/index.xhtml");
            return null;
        }
        int left = learners.pinAttemptsLeft(learnerId);
        locked = left == 0;
        if (!locked) {
            Messages.error(left == 1 ? "kiosk.pin.wrongLast" : "kiosk.pin.wrong", left);
        }
        return null;
    }

    public String tryAsGuest() {
        if (SignIns.authenticate(security, new GuestCredential()) == AuthenticationStatus.SUCCESS) {
            Navigation.redirect("/learn/index.xhtml");
        }
        return null;
    }

    /** The learners this kiosk shows, unless it is no kiosk or its site hides them. */
    public List<LearnerCard> getCards() {
        return learners.cardsAt(device.getSite());
    }

    public boolean isNamesShown() {
        Site site = device.getSite();
        return site != null && site.isLearnerListShown();
    }

    /** The learner whose PIN is asked: only one shown on this kiosk's list. */
    public Optional<LearnerCard> chosen() {
        Long id = getLearnerId();
        return id == null ? Optional.empty() : getCards().stream().filter(card -> card.id() == id).findFirst();
    }

    public Long getLearnerId() {
        try {
            return learner == null ? null : Long.valueOf(learner.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public LearnerCard getChosen() {
        return chosen().orElse(null);
    }

    public boolean isLocked() {
        return locked || chosen().flatMap(card -> learners.find(card.id())).map(Learner::isLocked).orElse(false);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
}
