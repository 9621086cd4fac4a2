package org.gefyra.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.gefyra.organisation.Site;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.audit.AuditAction;
import org.gefyra.shared.audit.AuditLog;
import org.gefyra.shared.persistence.ReportChanges;
import org.gefyra.shared.persistence.RetriedOnConflict;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.PasswordHashing;
import org.gefyra.shared.security.Role;

/**
 * Learners as educators look after them: registering, changing, PINs, switching off, login
 * cards; and as they sign in, with their card or their PIN. Educators reach only their own
 * organisation's learners, administrators everyone's.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class LearnerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LearnerCountingChanged> countingChanged;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    public Optional<Learner> find(long id) {
        return Optional.ofNullable(em.find(Learner.class, id));
    }

    /** The learner whose card has this code, if any: the few with its lookup number, then each one's hash. */
    public Optional<Learner> findByCard(String typed) {
        String code = CardCode.normalise(typed);
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select l from Learner l where l.cardLookup = ?1 and l.erasedAt is null", Learner.class)
                .setParameter(1, CardCode.lookup(code)).getResultStream()
                .filter(learner -> hashing.matches(code, learner.getCardHash()))
                .findFirst();
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
        if (learner == null || learner.isErased()) {
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

    /** The learner signed in: educators see when each was last here. */
    public void seen(long learnerId) {
        find(learnerId).ifPresent(learner -> learner.seenAt(Instant.now()));
    }

    /** The learners a kiosk at this site shows as cards, unless the site hides the list; never switched-off ones. */
    public List<LearnerCard> cardsAt(Site site) {
        if (site == null || !site.isLearnerListShown()) {
            return List.of();
        }
        return em.createQuery("select new org.gefyra.learner.LearnerCard(l.id, l.displayName, l.picture) "
                + "from Learner l where l.site = ?1 and l.switchedOffAt is null order by l.displayName", LearnerCard.class)
                .setParameter(1, site).getResultList();
    }

    /** A learner the caller looks after, to be shown to them: the viewing is written in the audit log. */
    public Learner view(Caller caller, long id) {
        Learner learner = get(caller, id);
        audit.record(caller, id, AuditAction.VIEWED, null);
        return learner;
    }

    /**
     * A learner the caller looks after; refused as not allowed for anyone else, or one that does
     * not exist or was erased.
     */
    public Learner get(Caller caller, long id) {
        Learner learner = em.find(Learner.class, id);
        if (learner == null || learner.isErased() || !caller.is(Role.EDUCATOR, Role.ADMIN)
                || !caller.canManage(learner.getOrganisation().getId())) {
            throw new NotAllowedException("learner " + id);
        }
        return learner;
    }

    /**
     * The caller's learners whose name holds the text, switched-off ones left out, by name: to
     * choose some quickly, as for a group. At most {@code most}.
     */
    public List<LearnerCard> named(Caller caller, String text, int most) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        String part = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        String organisation = caller.isAdmin() ? "" : " and l.organisation.id = :organisation";
        String name = part.isEmpty() ? "" : " and locate(:part, lower(l.displayName)) > 0";
        var query = em.createQuery("select new org.gefyra.learner.LearnerCard(l.id, l.displayName, l.picture) "
                        + "from Learner l where l.switchedOffAt is null" + name + organisation
                        + " order by l.displayName, l.id", LearnerCard.class).setMaxResults(most);
        if (!part.isEmpty()) {
            query.setParameter("part", part);
        }
        if (!caller.isAdmin()) {
            query.setParameter("organisation", caller.organisationId());
        }
        return query.getResultList();
    }

    /** The sites where the caller may register learners. */
    public List<Site> sitesFor(Caller caller) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        if (caller.isAdmin()) {
            return em.createQuery("select s from Site s join fetch s.organisation order by s.name", Site.class).getResultList();
        }
        return em.createQuery("select s from Site s where s.organisation.id = ?1 order by s.name", Site.class)
                .setParameter(1, caller.organisationId()).getResultList();
    }

    /** Registers a learner at a site of the caller's organisation, with the consent the caller records. No card yet. */
    public Learner register(Caller caller, LearnerForm form) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        Learner.checkDetails(form.displayName, form.picture, form.language);
        Site site = siteFor(caller, form.siteId);
        Consent consent = Consent.given(form.consentProgress, form.consentReports, caller.id(), caller.name());
        return registerAt(site, form, consent);
    }

    /** Registers a learner without a caller: for the demo network, whose consent no member of staff recorded. */
    public Learner registerAt(Site site, LearnerForm form, Consent consent) {
        String pin = Learner.checkPin(form.pin);
        Learner learner = new Learner(site, form.displayName, form.picture, form.language, form.ageBand,
                List.of(form.targetGroups), consent, hashing.hash(pin));
        em.persist(learner);
        em.flush();
        ReportChanges.learner(em, learner.getId());
        return learner;
    }

    /** Changes a learner's details, home site and consent; a changed agreement is recorded as the caller's. */
    public Learner change(Caller caller, long learnerId, LearnerForm form) {
        Learner learner = get(caller, learnerId);
        Learner.checkDetails(form.displayName, form.picture, form.language);
        Site site = siteFor(caller, form.siteId);
        Consent consent = Consent.given(form.consentProgress, form.consentReports, caller.id(), caller.name());
        learner.change(form.displayName, form.picture, form.language, form.ageBand, List.of(form.targetGroups));
        learner.moveTo(site);
        learner.recordConsent(consent);
        countingMayHaveChanged(learner);
        audit.record(caller, learnerId, AuditAction.CHANGED, "details");
        return learner;
    }

    /** Tells the features above that where (their site) or whether (their consent) a learner is counted may have changed. */
    public void countingMayHaveChanged(Learner learner) {
        countingChanged.fire(new LearnerCountingChanged(learner.getId()));
    }

    /** Sets a new PIN, which also unlocks a card locked by wrong ones. */
    public void setPin(Caller caller, long learnerId, String pin) {
        Learner learner = get(caller, learnerId);
        learner.changePinHash(hashing.hash(Learner.checkPin(pin)));
        audit.record(caller, learnerId, AuditAction.CHANGED, "pin");
    }

    public void unlock(Caller caller, long learnerId) {
        get(caller, learnerId).unlock();
        audit.record(caller, learnerId, AuditAction.CHANGED, "unlocked");
    }

    /** Switches a learner off (they cannot sign in, and are signed out at their next request) or on again. */
    public void setActive(Caller caller, long learnerId, boolean active) {
        Learner learner = get(caller, learnerId);
        if (active) {
            learner.switchOn();
        } else {
            learner.switchOff();
        }
        audit.record(caller, learnerId, AuditAction.CHANGED, active ? "switched on" : "switched off");
    }

    /**
     * Makes new login cards for these learners, to be printed at once: each one's card before
     * stops working. Switched-off learners get none. All or nothing: one learner the caller may
     * not look after refuses the whole request.
     */
    public List<IssuedCard> issueCards(Caller caller, Collection<Long> learnerIds) {
        List<Learner> learners = new ArrayList<>();
        for (long id : new LinkedHashSet<>(learnerIds)) {
            learners.add(get(caller, id));
        }
        Instant now = Instant.now();
        List<IssuedCard> issued = new ArrayList<>();
        for (Learner learner : learners) {
            if (learner.isActive()) {
                String code = unusedCode();
                learner.newCard(CardCode.lookup(code), hashing.hash(code), now);
                issued.add(new IssuedCard(learner.getId(), learner.getDisplayName(), learner.getPicture(),
                        learner.getLanguage(), learner.getSite() == null ? "" : learner.getSite().getName(), code));
            }
        }
        return issued;
    }

    /**
     * Keeps a card that Gefyra did not print (the demo's, or one printed before cards were
     * hashed) working: only its hash is kept. Refused if another learner has that code.
     */
    public void keepCard(long learnerId, String typedCode) {
        String code = CardCode.normalise(typedCode);
        if (code == null) {
            throw new InvalidInputException("card", "error.cardCode");
        }
        Optional<Learner> holder = findByCard(code);
        if (holder.isPresent() && holder.get().getId() != learnerId) {
            throw new InvalidInputException("card", "error.cardCode");
        }
        find(learnerId).orElseThrow(() -> new InvalidInputException("card", "error.notFound"))
                .newCard(CardCode.lookup(code), hashing.hash(code), null);
    }

    public Caller callerFor(Learner learner) {
        return Caller.learner(learner.getId(), learner.getDisplayName(), learner.getOrganisation().getId(),
                learner.getOrganisation().getNetwork().getId(), learner.getSite() == null ? null : learner.getSite().getId());
    }

    private Site siteFor(Caller caller, Long siteId) {
        Site site = siteId == null ? null : em.find(Site.class, siteId);
        if (site == null || !caller.canManage(site.getOrganisation().getId())) {
            throw new InvalidInputException("site", "error.required");
        }
        return site;
    }

    private String unusedCode() {
        String code;
        do {
            code = CardCode.random();
        } while (findByCard(code).isPresent());
        return code;
    }
}
