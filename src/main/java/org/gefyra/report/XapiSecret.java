package org.gefyra.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The secret that turns a learner's number into their pseudonym in the xAPI statements: made once
 * and kept in the database, so that every server gives a learner the same pseudonym for good.
 */
@ApplicationScoped
public class XapiSecret {

    @PersistenceContext
    EntityManager em;

    private volatile String secret;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String get() {
        if (secret == null) {
            secret = stored().orElseGet(this::make);
        }
        return secret;
    }

    private java.util.Optional<String> stored() {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("select secret from xapi_secret where id = 1").getResultList();
        return found.stream().map(String::valueOf).findFirst();
    }

    private String make() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String made = HexFormat.of().formatHex(random);
        em.createNativeQuery("insert into xapi_secret (id, secret) values (1, ?1)").setParameter(1, made).executeUpdate();
        return made;
    }
}
