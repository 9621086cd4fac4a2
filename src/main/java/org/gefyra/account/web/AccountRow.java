package org.gefyra.account.web;

import java.io.Serializable;
import org.gefyra.shared.security.Role;
import org.gefyra.account.StaffAccount;

/** A staff account as the administrators' list shows it: never its password hash. */
public record AccountRow(long id, String username, String displayName, Role role, boolean networkWide,
        String organisationName, boolean active) implements Serializable {

    public static AccountRow of(StaffAccount account) {
        return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.isNetworkWide(), account.getOrganisation() == null ? null : account.getOrganisation().getName(),
                account.isActive());
    }
}
