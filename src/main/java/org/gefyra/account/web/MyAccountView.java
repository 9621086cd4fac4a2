package org.gefyra.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.gefyra.account.AccountService;
import org.gefyra.account.NewPassword;
import org.gefyra.account.StaffAccount;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** A member of staff changes their own password, or signs out on every device. */
@Named
@RequestScoped
public class MyAccountView {

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @Size(max = StaffAccount.LONGEST_PASSWORD, message = "{error.tooLong}")
    private String currentPassword;
    @NewPassword
    private String newPassword;

    public void changePassword() {
        try {
            accounts.changeOwnPassword(caller.get(), currentPassword, newPassword);
            Messages.info("account.passwordChanged");
            Navigation.keepMessages();
            Navigation.redirect("/sign-in.xhtml");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "changePassword");
        }
    }

    public void signOutEverywhere() {
        accounts.signOutEverywhere(caller.get());
        Messages.info("account.signedOutEverywhere");
        Navigation.keepMessages();
        Navigation.redirect("/sign-in.xhtml");
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
