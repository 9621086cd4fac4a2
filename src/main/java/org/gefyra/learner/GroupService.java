package org.gefyra.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.gefyra.organisation.Organisation;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/** Groups of learners: an educator makes, renames and deletes them, and says who is in them. Own organisation only. */
@ApplicationScoped
@Transactional
public class GroupService {

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerService learners;

    @Inject
    Event<GroupRemoving> removing;

    /** The groups the caller may see, by name. */
    public List<GroupSummary> groups(Caller caller) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        String summary = "select new org.gefyra.learner.GroupSummary(g.id, g.name, count(m)) "
                + "from LearnerGroup g left join g.members m ";
        if (caller.isAdmin()) {
            return em.createQuery(summary + "group by g.id, g.name order by g.name", GroupSummary.class).getResultList();
        }
        return em.createQuery(summary + "where g.organisation.id = ?1 group by g.id, g.name order by g.name",
                GroupSummary.class).setParameter(1, caller.organisationId()).getResultList();
    }

    public LearnerGroup get(Caller caller, long groupId) {
        LearnerGroup group = em.find(LearnerGroup.class, groupId);
        if (group == null || !caller.is(Role.EDUCATOR, Role.ADMIN) || !caller.canManage(group.getOrganisation().getId())) {
            throw new NotAllowedException("group " + groupId);
        }
        return group;
    }

    /** Makes a group of the caller's organisation; a name already used there is refused. */
    public LearnerGroup create(Caller caller, String name) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        if (caller.organisationId() == null) {
            throw new InvalidInputException("name", "error.groupNeedsOrganisation");
        }
        LearnerGroup group = new LearnerGroup(em.find(Organisation.class, caller.organisationId()), name, caller.id());
        requireFreeName(group.getOrganisation().getId(), group.getName(), null);
        em.persist(group);
        flushOrNameTaken();
        return group;
    }

    public void rename(Caller caller, long groupId, String name) {
        LearnerGroup group = get(caller, groupId);
        String checked = Check.text("name", name, LearnerGroup.NAME_LENGTH);
        requireFreeName(group.getOrganisation().getId(), checked, groupId);
        group.rename(checked);
        flushOrNameTaken();
    }

    /** Deletes a group; its learners stay, and so does what they learnt. */
    public void delete(Caller caller, long groupId) {
        LearnerGroup group = get(caller, groupId);
        removing.fire(new GroupRemoving(groupId));
        em.remove(group);
    }

    public void add(Caller caller, long groupId, Collection<Long> learnerIds) {
        LearnerGroup group = get(caller, groupId);
        for (long learnerId : learnerIds) {
            group.add(learners.get(caller, learnerId));
        }
    }

    public void remove(Caller caller, long groupId, long learnerId) {
        get(caller, groupId).remove(learners.get(caller, learnerId));
    }

    /** A group's learners as cards: name and picture, by name. */
    public List<LearnerCard> members(Caller caller, long groupId) {
        get(caller, groupId);
        return em.createQuery("select new org.gefyra.learner.LearnerCard(m.id, m.displayName, m.picture) "
                + "from LearnerGroup g join g.members m where g.id = ?1 order by m.displayName, m.id", LearnerCard.class)
                .setParameter(1, groupId).getResultList();
    }

    /** The ids of a group's members, for printing their cards or giving them modules. */
    public List<Long> memberIds(Caller caller, long groupId) {
        get(caller, groupId);
        return em.createQuery("select m.id from LearnerGroup g join g.members m where g.id = ?1 order by m.displayName",
                Long.class).setParameter(1, groupId).getResultList();
    }

    /** The groups a learner is in. */
    public List<GroupSummary> groupsOf(Caller caller, long learnerId) {
        Learner learner = learners.get(caller, learnerId);
        return em.createQuery("select g from LearnerGroup g where ?1 member of g.members order by g.name", LearnerGroup.class)
                .setParameter(1, learner).getResultStream()
                .map(g -> new GroupSummary(g.getId(), g.getName(), g.getMembers().size())).toList();
    }

    /** The groups a learner could be in: those of their organisation. */
    public List<GroupSummary> choicesFor(Caller caller, long learnerId) {
        Learner learner = learners.get(caller, learnerId);
        return em.createQuery("select new org.gefyra.learner.GroupSummary(g.id, g.name, count(m)) "
                        + "from LearnerGroup g left join g.members m where g.organisation.id = ?1 group by g.id, g.name "
                        + "order by g.name", GroupSummary.class)
                .setParameter(1, learner.getOrganisation().getId()).getResultList();
    }

    /** Puts a learner in exactly these groups of their organisation. */
    public void setGroupsOf(Caller caller, long learnerId, Collection<Long> groupIds) {
        Learner learner = learners.get(caller, learnerId);
        List<LearnerGroup> all = em.createQuery("select g from LearnerGroup g where g.organisation.id = ?1",
                LearnerGroup.class).setParameter(1, learner.getOrganisation().getId()).getResultList();
        for (Long groupId : groupIds) {
            if (all.stream().noneMatch(g -> g.getId().equals(groupId))) {
                throw new NotAllowedException("group " + groupId);
            }
        }
        for (LearnerGroup group : all) {
            if (groupIds.contains(group.getId())) {
                group.add(learner);
            } else {
                group.remove(learner);
            }
        }
    }

    private void requireFreeName(long organisationId, String name, Long except) {
        boolean taken = em.createQuery("select g from LearnerGroup g where g.organisation.id = ?1 and lower(g.name) = ?2",
                        LearnerGroup.class).setParameter(1, organisationId).setParameter(2, name.toLowerCase(Locale.ROOT))
                .getResultStream().anyMatch(g -> !g.getId().equals(except));
        if (taken) {
            throw new InvalidInputException("name", "error.nameTaken");
        }
    }

    /** Two requests that make the same name at the same moment: the database refuses the second. */
    private void flushOrNameTaken() {
        try {
            em.flush();
        } catch (PersistenceException sameNameAtOnce) {
            throw new InvalidInputException("name", "error.nameTaken");
        }
    }
}
