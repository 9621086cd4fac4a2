package org.gefyra.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.gefyra.organisation.Site;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/** Making a device a kiosk of a site, recognising it by its token, and releasing it. */
@ApplicationScoped
@Transactional
public class KioskService {

    /** A kiosk just set up, with the token its device must keep. */
    public record NewKiosk(Kiosk kiosk, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    public NewKiosk register(Caller caller, long siteId, String label) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        Site site = em.find(Site.class, siteId);
        if (site == null || !caller.canManage(site.getOrganisation().getId())) {
            throw new InvalidInputException("site", "error.required");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Kiosk kiosk = new Kiosk(site, label, hash(token), caller.id());
        em.persist(kiosk);
        return new NewKiosk(kiosk, token);
    }

    /** The active kiosk a device's token belongs to, with its site. */
    public Optional<Kiosk> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select k from Kiosk k join fetch k.site s join fetch s.organisation "
                        + "where k.tokenHash = ?1 and k.releasedAt is null", Kiosk.class)
                .setParameter(1, hash(token)).getResultStream().findFirst();
    }

    /**
     * The site of the active kiosk a device's token belongs to: what every learner page of a kiosk
     * needs (its learning counts for the site), one column of one row found by its unique key.
     */
    public Optional<Long> siteOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select k.site.id from Kiosk k where k.tokenHash = ?1 and k.releasedAt is null", Long.class)
                .setParameter(1, hash(token)).getResultStream().findFirst();
    }

    public List<Kiosk> list(Caller caller) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        String jpql = "select k from Kiosk k join fetch k.site s where k.releasedAt is null"
                + (caller.isAdmin() ? "" : " and s.organisation.id = ?1") + " order by s.name, k.label";
        var query = em.createQuery(jpql, Kiosk.class);
        if (!caller.isAdmin()) {
            query.setParameter(1, caller.organisationId());
        }
        return query.getResultList();
    }

    public void release(Caller caller, long kioskId) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        Kiosk kiosk = em.find(Kiosk.class, kioskId);
        if (kiosk == null || !caller.canManage(kiosk.getSite().getOrganisation().getId())) {
            throw new NotAllowedException("kiosk " + kioskId);
        }
        kiosk.release();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
