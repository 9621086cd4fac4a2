package org.gefyra.account;

import java.io.Serializable;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.validation.Format;
import org.gefyra.shared.validation.PlainText;

/** What an administrator types to create or change a staff account. */
public class AccountForm implements Serializable {
    @Format(regexp = StaffAccount.USERNAME_FORMAT, ignoreCase = true, message = "{error.username}")
    public String username;
    @PlainText(max = StaffAccount.NAME_LENGTH)
    public String displayName;
    public Role role;
    public Long organisationId;
    public boolean networkWide;
    /** Never written with the form: a typed password does not go into a stored or copied session. */
    @NewPassword(optional = true)
    public transient String password;

    public static AccountForm of(StaffAccount account) {
        AccountForm form = new AccountForm();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.role = account.getRole();
        form.organisationId = account.getOrganisation() == null ? null : account.getOrganisation().getId();
        form.networkWide = account.isNetworkWide();
        return form;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public boolean isNetworkWide() { return networkWide; }
    public void setNetworkWide(boolean networkWide) { this.networkWide = networkWide; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
