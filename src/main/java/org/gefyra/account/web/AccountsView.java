package org.gefyra.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gefyra.account.AccountForm;
import org.gefyra.account.AccountService;
import org.gefyra.account.StaffAccount;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.web.Messages;

/** Administrators list staff accounts and create new ones. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    static final Role[] STAFF_ROLES = {Role.EDUCATOR, Role.COORDINATOR, Role.ADMIN};

    @Inject
    transient AccountService accounts;

    @Inject
    transient OrganisationService organisations;

    @Inject
    transient CurrentCaller caller;

    private List<StaffAccount> all;
    private List<Organisation> choices;
    private AccountForm form = new AccountForm();

    @PostConstruct
    void load() {
        all = accounts.list(caller.get());
        choices = organisations.organisations(caller.get());
        form.role = Role.EDUCATOR;
    }

    public void add() {
        try {
            accounts.create(caller.get(), form);
            Messages.info("admin.saved");
            form = new AccountForm();
            load();
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "account");
        }
    }

    public Role[] getRoles() {
        return STAFF_ROLES;
    }

    public List<StaffAccount> getAll() { return all; }
    public List<Organisation> getChoices() { return choices; }
    public AccountForm getForm() { return form; }
}
