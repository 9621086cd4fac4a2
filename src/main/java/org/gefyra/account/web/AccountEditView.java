package org.gefyra.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gefyra.account.AccountForm;
import org.gefyra.account.AccountService;
import org.gefyra.account.StaffAccount;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.organisation.web.OrganisationRow;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** An administrator changes a staff account: role, organisation, a new password, switched on or off. */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private Long id;
    private boolean active;
    private AccountForm form;
    private List<OrganisationRow> choices;

    public void load() {
        StaffAccount account = accounts.get(caller.get().require(Role.ADMIN), id == null ? -1 : id);
        form = AccountForm.of(account);
        active = account.isActive();
        choices = organisations.organisations(caller.get()).stream().map(OrganisationRow::of).toList();
    }

    public void save() {
        try {
            accounts.change(caller.get(), id, form);
            Messages.info("admin.saved");
            Navigation.keepMessages();
            Navigation.redirect("/admin/accounts.xhtml");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "account");
        }
    }

    public void switchActive() {
        try {
            accounts.setActive(caller.get(), id, !active);
            active = !active;
            Messages.info(active ? "admin.account.activated" : "admin.account.deactivated");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "account");
        }
    }

    public Role[] getRoles() {
        return AccountsView.STAFF_ROLES;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isActive() { return active; }
    public AccountForm getForm() { return form; }
    public List<OrganisationRow> getChoices() { return choices; }
}
