package org.gefyra.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * The login cards printed before Gefyra kept only hashes: the schema migration moved their codes
 * aside, and this hashes them into their learners at start-up and deletes them, so that every
 * card keeps working and no code stays readable. Once done, there is nothing left to do.
 */
@ApplicationScoped
public class CardCodesOfBefore {

    private static final Logger LOG = Logger.getLogger(CardCodesOfBefore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerService learners;

    @Transactional
    public int hashAndForget() {
        @SuppressWarnings("unchecked")
        List<Object[]> codes = em.createNativeQuery("select learner_id, code from learner_card_before_v4").getResultList();
        for (Object[] row : codes) {
            learners.keepCard(((Number) row[0]).longValue(), (String) row[1]);
        }
        if (!codes.isEmpty()) {
            em.createNativeQuery("delete from learner_card_before_v4").executeUpdate();
            LOG.info(() -> "Kept " + codes.size() + " login cards of before as hashes; their codes are no longer stored.");
        }
        return codes.size();
    }
}
