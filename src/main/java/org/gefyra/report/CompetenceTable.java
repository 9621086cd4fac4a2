package org.gefyra.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.ContentSnapshot;
import org.gefyra.content.LearningModule;

/**
 * Keeps the table of the modules' DigComp competences (report_module_competence) the same as the
 * modules on offer, so that the database can group by competence and area. Brought up to date
 * before a report whenever the content was (re)loaded since the last time.
 */
@ApplicationScoped
public class CompetenceTable {

    private static final Logger LOG = Logger.getLogger(CompetenceTable.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentLibrary library;

    private volatile ContentSnapshot copied;

    /** A module's competence as the table holds it. */
    record Row(String moduleId, String competence) {
        String area() {
            return competence.contains(".") ? competence.substring(0, competence.indexOf('.')) : competence;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public synchronized void bringUpToDate() {
        ContentSnapshot current = library.snapshot();
        if (current == copied) {
            return;
        }
        Set<Row> wanted = new HashSet<>();
        for (LearningModule module : current.modules().values()) {
            module.digcomp().forEach(code -> wanted.add(new Row(module.id(), code)));
        }
        copy(em, wanted);
        copied = current;
    }

    /** Makes the table hold exactly these rows, changing only what differs (other servers may do the same). */
    static void copy(EntityManager em, Set<Row> wanted) {
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery("select module_id, competence from report_module_competence")
                .getResultList();
        Set<Row> present = new HashSet<>();
        stored.forEach(r -> present.add(new Row(String.valueOf(r[0]).strip(), String.valueOf(r[1]).strip())));
        if (!present.equals(wanted)) {
            // the learners' competence months were summed by the competences of before
            LearnerMonths.BY_COMPETENCE.outdate(em);
            ProgressCompetences.outdate(em);
        }
        for (Row row : present) {
            if (!wanted.contains(row)) {
                em.createNativeQuery("delete from report_module_competence where module_id = ?1 and competence = ?2")
                        .setParameter(1, row.moduleId()).setParameter(2, row.competence()).executeUpdate();
            }
        }
        for (Row row : wanted) {
            if (!present.contains(row)) {
                em.createNativeQuery("insert into report_module_competence (module_id, competence, area) values (?1, ?2, ?3)")
                        .setParameter(1, row.moduleId()).setParameter(2, row.competence()).setParameter(3, row.area())
                        .executeUpdate();
            }
        }
        LOG.fine(() -> "DigComp competences of " + wanted.size() + " module competences copied for the reports");
    }
}
