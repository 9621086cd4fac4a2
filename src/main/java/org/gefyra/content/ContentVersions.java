package org.gefyra.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The version of the learning content, kept in the database that every server shares: a reload
 * raises it, and each server that finds a version other than the one it loaded reloads too.
 */
@ApplicationScoped
public class ContentVersions {

    @PersistenceContext
    EntityManager em;

    protected ContentVersions() {
    }

    /** The versions in the database a given entity manager reaches (unit tests, in Java SE). */
    ContentVersions(EntityManager em) {
        this.em = em;
    }

    /** One small read by primary key: cheap enough to ask every few seconds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        return ((Number) em.createNativeQuery("select version from content_version where id = 1")
                .getSingleResult()).longValue();
    }

    /** Tells the other servers that the content changed; returns the new version. */
    @Transactional
    public long raise() {
        em.createNativeQuery("update content_version set version = version + 1, reloaded_at = ? where id = 1")
                .setParameter(1, Timestamp.from(Instant.now()))
                .executeUpdate();
        return current();
    }
}
