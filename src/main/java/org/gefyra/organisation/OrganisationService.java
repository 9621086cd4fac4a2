package org.gefyra.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/** Networks, their partner organisations and those organisations' sites. Administrators change them. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    @PersistenceContext
    EntityManager em;

    public List<Network> networks(Caller caller) {
        caller.require(Role.ADMIN);
        return em.createQuery("select n from Network n order by n.name", Network.class).getResultList();
    }

    public Network createNetwork(Caller caller, String name) {
        caller.require(Role.ADMIN);
        Network network = new Network(name);
        if (count("select count(n) from Network n where n.name = ?1", network.getName()) > 0) {
            throw new InvalidInputException("name", "error.nameTaken");
        }
        em.persist(network);
        return network;
    }

    /** The organisations the caller may see: all for administrators, the network for network-wide coordinators. */
    public List<Organisation> organisations(Caller caller) {
        if (caller.isAdmin()) {
            return em.createQuery("select o from Organisation o join fetch o.network order by o.name",
                    Organisation.class).getResultList();
        }
        caller.require(Role.COORDINATOR, Role.EDUCATOR);
        if (caller.networkWide()) {
            return em.createQuery("select o from Organisation o join fetch o.network where o.network.id = ?1 "
                    + "order by o.name", Organisation.class).setParameter(1, caller.networkId()).getResultList();
        }
        return em.createQuery("select o from Organisation o join fetch o.network where o.id = ?1",
                Organisation.class).setParameter(1, caller.organisationId()).getResultList();
    }

    public Organisation organisation(Caller caller, long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || !(caller.canManage(id)
                || caller.networkWide() && Objects.equals(caller.networkId(), organisation.getNetwork().getId()))) {
            throw new NotAllowedException("organisation " + id);
        }
        return organisation;
    }

    public Organisation createOrganisation(Caller caller, long networkId, String name, String city,
            OrganisationKind kind) {
        caller.require(Role.ADMIN);
        Network network = em.find(Network.class, networkId);
        if (network == null) {
            throw new InvalidInputException("network", "error.notFound");
        }
        Organisation organisation = new Organisation(network, name, city, kind);
        checkUniqueOrganisation(organisation, null);
        em.persist(organisation);
        return organisation;
    }

    public Organisation changeOrganisation(Caller caller, long id, String name, String city, OrganisationKind kind) {
        caller.require(Role.ADMIN);
        Organisation organisation = organisation(caller, id);
        organisation.change(name, city, kind);
        checkUniqueOrganisation(organisation, id);
        return organisation;
    }

    /** The sites the caller works at or oversees. */
    public List<Site> sites(Caller caller) {
        if (caller.isAdmin()) {
            return em.createQuery("select s from Site s join fetch s.organisation order by s.organisation.name, s.name",
                    Site.class).getResultList();
        }
        caller.require(Role.COORDINATOR, Role.EDUCATOR);
        return em.createQuery("select s from Site s join fetch s.organisation where s.organisation.id = ?1 "
                + "order by s.name", Site.class).setParameter(1, caller.organisationId()).getResultList();
    }

    public Site site(Caller caller, long id) {
        Site site = em.find(Site.class, id);
        if (site == null || !caller.canManage(site.getOrganisation().getId())) {
            throw new NotAllowedException("site " + id);
        }
        return site;
    }

    /** A site looked up for a kiosk, which shows only its name. */
    public Site siteForKiosk(long id) {
        return em.find(Site.class, id);
    }

    public Site createSite(Caller caller, long organisationId, String name, SiteKind kind, String address,
            boolean learnerListShown) {
        caller.require(Role.ADMIN);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new InvalidInputException("organisation", "error.notFound");
        }
        Site site = new Site(organisation, name, kind, address);
        site.change(name, kind, address, learnerListShown);
        checkUniqueSite(site, null);
        em.persist(site);
        return site;
    }

    public Site changeSite(Caller caller, long id, String name, SiteKind kind, String address, boolean learnerListShown) {
        caller.require(Role.ADMIN);
        Site site = site(caller, id);
        site.change(name, kind, address, learnerListShown);
        checkUniqueSite(site, id);
        return site;
    }

    /** The organisation's educators (and administrators) keep what the public page says about their site. */
    public Site keepSiteDetails(Caller caller, long id, SiteDetails details) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        Site site = site(caller, id);
        site.keepPublicDetails(details);
        return site;
    }

    /** Every partner organisation's sites, for the public page of places to get help: nothing about people. */
    public List<Site> publicSites() {
        return em.createQuery("select s from Site s join fetch s.organisation o order by o.city, s.name", Site.class)
                .getResultList();
    }

    private void checkUniqueOrganisation(Organisation organisation, Long except) {
        if (count("select count(o) from Organisation o where o.network = ?1 and o.name = ?2 and o.id <> ?3",
                organisation.getNetwork(), organisation.getName(), except == null ? -1L : except) > 0) {
            throw new InvalidInputException("name", "error.nameTaken");
        }
    }

    private void checkUniqueSite(Site site, Long except) {
        if (count("select count(s) from Site s where s.organisation = ?1 and s.name = ?2 and s.id <> ?3",
                site.getOrganisation(), site.getName(), except == null ? -1L : except) > 0) {
            throw new InvalidInputException("name", "error.nameTaken");
        }
    }

    private long count(String jpql, Object... parameters) {
        // Not flushing first: the pending change itself must not trip the database's unique constraint.
        var query = em.createQuery(jpql, Long.class).setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }
}
