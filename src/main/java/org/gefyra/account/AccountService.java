package org.gefyra.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gefyra.shared.security.PasswordHashing;
import org.gefyra.organisation.Organisation;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/** Staff accounts: who may sign in, with which role, for which organisation. Administrators manage them. */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    public Optional<StaffAccount> findActive(String username) {
        return em.createQuery("select a from StaffAccount a where a.username = :u and a.active = true",
                        StaffAccount.class)
                .setParameter("u", StaffAccount.normalise(username))
                .getResultStream().findFirst();
    }

    public Optional<StaffAccount> find(long id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id));
    }

    public long count() {
        return em.createQuery("select count(a) from StaffAccount a", Long.class).getSingleResult();
    }

    public List<StaffAccount> list(Caller caller) {
        caller.require(Role.ADMIN);
        return em.createQuery("select a from StaffAccount a left join fetch a.organisation "
                + "order by a.role, a.username", StaffAccount.class).getResultList();
    }

    public StaffAccount get(Caller caller, long id) {
        if (!caller.isAdmin() && !java.util.Objects.equals(caller.id(), id)) {
            throw new NotAllowedException("account " + id);
        }
        return find(id).orElseThrow(() -> new NotAllowedException("account " + id));
    }

    public StaffAccount create(Caller caller, AccountForm form) {
        caller.require(Role.ADMIN);
        String password = StaffAccount.checkNewPassword(form.password);
        StaffAccount account = new StaffAccount(form.username, form.displayName, form.role,
                organisation(form.organisationId), form.networkWide, hashing.hash(password));
        if (findAny(account.getUsername()).isPresent()) {
            throw new InvalidInputException("username", "error.usernameTaken");
        }
        em.persist(account);
        return account;
    }

    public StaffAccount change(Caller caller, long id, AccountForm form) {
        caller.require(Role.ADMIN);
        StaffAccount account = get(caller, id);
        if (account.getId().equals(caller.id()) && form.role != Role.ADMIN) {
            throw new InvalidInputException("role", "error.cannotDemoteYourself");
        }
        account.change(form.displayName, form.role, organisation(form.organisationId), form.networkWide);
        if (form.password != null && !form.password.isBlank()) {
            account.changePasswordHash(hashing.hash(StaffAccount.checkNewPassword(form.password)));
        }
        return account;
    }

    public void setActive(Caller caller, long id, boolean active) {
        caller.require(Role.ADMIN);
        StaffAccount account = get(caller, id);
        if (account.getId().equals(caller.id())) {
            throw new InvalidInputException("active", "error.cannotDeactivateYourself");
        }
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
    }

    public void changeOwnPassword(Caller caller, String current, String next) {
        StaffAccount account = get(caller.require(Role.ADMIN, Role.COORDINATOR, Role.EDUCATOR, Role.AUTHOR), caller.id());
        if (!hashing.matches(current, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "error.wrongPassword");
        }
        account.changePasswordHash(hashing.hash(StaffAccount.checkNewPassword(next)));
    }

    public void signOutEverywhere(Caller caller) {
        get(caller.require(Role.ADMIN, Role.COORDINATOR, Role.EDUCATOR, Role.AUTHOR), caller.id()).signOutEverywhere();
    }

    /** Creates an account without a caller: for the first administrator and the demo network only. */
    public StaffAccount createInitial(String username, String displayName, Role role, Organisation organisation,
            boolean networkWide, String password) {
        StaffAccount account = new StaffAccount(username, displayName, role, organisation, networkWide,
                hashing.hash(StaffAccount.checkNewPassword(password)));
        em.persist(account);
        return account;
    }

    public Caller callerFor(StaffAccount account) {
        Organisation organisation = account.getOrganisation();
        return Caller.staff(account.getId(), account.getRole(), account.getDisplayName(),
                organisation == null ? null : organisation.getId(),
                organisation == null ? null : organisation.getNetwork().getId(), account.isNetworkWide());
    }

    private Optional<StaffAccount> findAny(String username) {
        return em.createQuery("select a from StaffAccount a where a.username = :u", StaffAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    private Organisation organisation(Long id) {
        return id == null ? null : Optional.ofNullable(em.find(Organisation.class, id))
                .orElseThrow(() -> new InvalidInputException("organisation", "error.notFound"));
    }
}
