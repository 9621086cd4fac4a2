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
import org.gefyra.organisation.web.OrganisationRow;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.web.Messages;

/** Administrators list staff accounts and create new ones. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    static final Role[] STAFF_ROLES = {Role.EDUCATOR, Role.COORDINATOR, Role.AUTHOR, Role.ADMIN};

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private List<AccountRow> all;
    private List<OrganisationRow> choices;
    private AccountForm form = new AccountForm();

    @PostConstruct
    void load() {
        all = accounts.list(caller.get()).stream().map(AccountRow::of).toList();
        choices = organisations.organisations(caller.get()).stream().map(OrganisationRow::of).toList();
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

    public List<AccountRow> getAll() { return all; }
    public List<OrganisationRow> getChoices() { return choices; }
    public AccountForm getForm() { return form; }
}
