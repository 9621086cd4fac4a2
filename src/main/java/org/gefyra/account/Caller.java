package org.gefyra.account;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.gefyra.shared.NotAllowedException;

/**
 * Who is asking: a member of staff, a learner, a guest on a kiosk, or nobody signed in. Every
 * service that reads or changes people's data takes the caller and checks what they may see.
 *
 * @param principal the name Jakarta Security knows the caller by: {@code staff:12}, {@code learner:7}, {@code guest:<uuid>}
 * @param id the account's or learner's id; null for guests and the anonymous
 * @param organisationId the caller's organisation; null for administrators, guests and the anonymous
 * @param networkId the network of that organisation
 * @param siteId a learner's home site
 */
public record Caller(String principal, Role role, Long id, String name, Long organisationId,
        Long networkId, boolean networkWide, Long siteId) implements Serializable {

    public static final Caller ANONYMOUS = new Caller(null, null, null, null, null, null, false, null);

    public static String staffPrincipal(long accountId) {
        return "staff:" + accountId;
    }

    public static String learnerPrincipal(long learnerId) {
        return "learner:" + learnerId;
    }

    public boolean isSignedIn() {
        return role != null;
    }

    public boolean is(Role... roles) {
        return role != null && Arrays.asList(roles).contains(role);
    }

    public boolean isStaff() {
        return role != null && role.isStaff();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Set<String> groups() {
        return role == null ? Set.of() : Set.of(role.group());
    }

    /** The guest's key, for guests only: their progress is kept under it until they sign out. */
    public String guestKey() {
        return role == Role.GUEST ? principal.substring("guest:".length()) : null;
    }

    public Caller require(Role... roles) {
        if (!is(roles)) {
            throw new NotAllowedException("needs one of " + Arrays.toString(roles));
        }
        return this;
    }

    /** Staff see their own organisation's people; administrators see everyone's. */
    public boolean canManage(Long organisationIdOfData) {
        return isAdmin() || (isStaff() && Objects.equals(organisationId, organisationIdOfData));
    }
}
