package org.gefyra.shared.security;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.gefyra.shared.NotAllowedException;

/**
 * Who is asking: a member of staff, a learner, a guest on a kiosk, or nobody signed in. Every
 * service that reads or changes people's data takes the caller and checks what they may see.
 *
 * @param role what they may do; null for the anonymous
 * @param id the staff account's or learner's id; null for guests and the anonymous
 * @param guestKey the random key of a guest's visit; null for everyone else
 * @param name the name shown on pages; null for guests and the anonymous
 * @param organisationId the caller's organisation; null for administrators, guests and the anonymous
 * @param networkId the network of that organisation
 * @param networkWide a coordinator who sees the whole network
 * @param siteId a learner's home site
 */
public record Caller(Role role, Long id, String guestKey, String name, Long organisationId,
        Long networkId, boolean networkWide, Long siteId) implements Serializable {

    public static final Caller ANONYMOUS = new Caller(null, null, null, null, null, null, false, null);

    public static Caller staff(long accountId, Role role, String name, Long organisationId, Long networkId,
            boolean networkWide) {
        if (role == null || !role.isStaff()) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        return new Caller(role, accountId, null, name, organisationId, networkId, networkWide, null);
    }

    public static Caller learner(long learnerId, String name, long organisationId, long networkId, Long siteId) {
        return new Caller(Role.LEARNER, learnerId, null, name, organisationId, networkId, false, siteId);
    }

    public static Caller guest(String guestKey) {
        return new Caller(Role.GUEST, null, Objects.requireNonNull(guestKey), null, null, null, false, null);
    }

    /** The name Jakarta Security knows the caller by, unique among all kinds of people. */
    public String principalName() {
        if (role == null) {
            return null;
        }
        return role.isStaff() ? "staff:" + id : role == Role.GUEST ? "guest:" + guestKey : "learner:" + id;
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
