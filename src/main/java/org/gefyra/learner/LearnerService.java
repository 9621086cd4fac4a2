package org.gefyra.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gefyra.shared.security.PasswordHashing;
import org.gefyra.organisation.Site;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/** Registering learners, their sign-in with card or PIN, and unlocking a locked card. */
@ApplicationScoped
@Transactional
public class LearnerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    public Optional<Learner> find(long id) {
        return Optional.ofNullable(em.find(Learner.class, id));
    }

    /** Whether a signed-in learner may go on: they still exist and their card is not locked. Asked on every request. */
    public boolean isUnlocked(long id) {
        return em.createQuery("select l.locked from Learner l where l.id = ?1", Boolean.class)
                .setParameter(1, id).getResultStream().findFirst().map(locked -> !locked).orElse(false);
    }

    public Optional<Learner> findByCard(String typed) {
        String code = CardCode.normalise(typed);
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select l from Learner l where l.cardCode = ?1", Learner.class)
                .setParameter(1, code).getResultStream().findFirst();
    }

    /**
     * Checks a PIN and counts it: a wrong one brings the card closer to locking. The attempt is
     * counted in the database before the PIN is checked, so that PINs sent at the same moment
     * cannot get more than the allowed number of tries between them.
     */
    public PinCheck checkPin(long learnerId, String pin) {
        int counted = em.createQuery("update Learner l set l.failedPins = l.failedPins + 1 "
                        + "where l.id = ?1 and l.failedPins < ?2")
                .setParameter(1, learnerId).setParameter(2, Learner.PIN_ATTEMPTS).executeUpdate();
        Learner learner = em.find(Learner.class, learnerId);
        if (learner == null) {
            return PinCheck.UNKNOWN;
        }
        em.refresh(learner);
        if (counted == 0 || learner.isLocked()) {
            learner.lockIfOutOfAttempts();
            return PinCheck.LOCKED;
        }
        if (pin != null && Learner.PIN.matcher(pin).matches() && hashing.matches(pin, learner.getPinHash())) {
            learner.rightPin();
            return PinCheck.RIGHT;
        }
        learner.lockIfOutOfAttempts();
        return learner.isLocked() ? PinCheck.LOCKED : PinCheck.WRONG;
    }

    public int pinAttemptsLeft(long learnerId) {
        return find(learnerId).map(Learner::pinAttemptsLeft).orElse(0);
    }

    /** The learners a kiosk at this site shows as cards, unless the site hides the list. */
    public List<LearnerCard> cardsAt(Site site) {
        if (site == null || !site.isLearnerListShown()) {
            return List.of();
        }
        return em.createQuery("select new org.gefyra.learner.LearnerCard(l.id, l.displayName, l.picture) "
                + "from Learner l where l.site = ?1 order by l.displayName", LearnerCard.class)
                .setParameter(1, site).getResultList();
    }

    public List<Learner> list(Caller caller) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        if (caller.isAdmin()) {
            return em.createQuery("select l from Learner l left join fetch l.site order by l.displayName",
                    Learner.class).getResultList();
        }
        return em.createQuery("select l from Learner l left join fetch l.site where l.organisation.id = ?1 "
                + "order by l.displayName", Learner.class).setParameter(1, caller.organisationId()).getResultList();
    }

    public Learner get(Caller caller, long id) {
        Learner learner = em.find(Learner.class, id);
        if (learner == null || !caller.is(Role.EDUCATOR, Role.ADMIN)
                || !caller.canManage(learner.getOrganisation().getId())) {
            throw new NotAllowedException("learner " + id);
        }
        return learner;
    }

    // Registering from the educator's pages is the educators issue's (#8); the demo uses registerAt.
    public Learner register(Caller caller, LearnerForm form) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        Site site = form.siteId == null ? null : em.find(Site.class, form.siteId);
        if (site == null || !caller.canManage(site.getOrganisation().getId())) {
            throw new InvalidInputException("site", "error.required");
        }
        return registerAt(site, form, unusedCardCode());
    }

    /** Registers a learner at a site without a caller, with a known card: for the demo network only. */
    public Learner registerAt(Site site, LearnerForm form, String cardCode) {
        String pin = Learner.checkPin(form.pin);
        Learner learner = new Learner(site, form.displayName, form.picture, form.language, form.ageBand,
                form.targetGroup, form.consent, CardCode.normalise(cardCode), hashing.hash(pin));
        em.persist(learner);
        return learner;
    }

    public void unlock(Caller caller, long learnerId) {
        get(caller, learnerId).unlock();
    }

    public Caller callerFor(Learner learner) {
        return Caller.learner(learner.getId(), learner.getDisplayName(), learner.getOrganisation().getId(),
                learner.getOrganisation().getNetwork().getId(), learner.getSite() == null ? null : learner.getSite().getId());
    }

    private String unusedCardCode() {
        String code;
        do {
            code = CardCode.random();
        } while (findByCard(code).isPresent());
        return code;
    }
}
