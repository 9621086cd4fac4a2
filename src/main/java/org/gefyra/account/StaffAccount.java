package org.gefyra.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.gefyra.organisation.Organisation;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.Role;

/**
 * A member of staff who signs in with a user name and password: an administrator, a partner
 * organisation's coordinator, or a digital educator. Everyone but an administrator belongs to
 * an organisation. Raising the session epoch signs the account out on every device.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    public static final int NAME_LENGTH = 120;
    public static final int LONGEST_PASSWORD = 200;
    public static final String USERNAME_FORMAT = "[a-z0-9][a-z0-9._-]{2,59}";

    public static final Pattern USERNAME = Pattern.compile(USERNAME_FORMAT);
    public static final int MIN_PASSWORD_LENGTH = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "network_wide")
    private boolean networkWide;

    private boolean active;

    @Column(name = "session_epoch")
    private int sessionEpoch;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StaffAccount() {
    }

    public StaffAccount(String username, String displayName, Role role, Organisation organisation,
            boolean networkWide, String passwordHash) {
        this.username = Check.matching("username", normalise(username), USERNAME, "error.username");
        this.passwordHash = Check.present("password", passwordHash);
        this.active = true;
        this.createdAt = Instant.now();
        change(displayName, role, organisation, networkWide);
    }

    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Refuses passwords too short to resist guessing; the rule lives here so every path shares it. */
    public static String checkNewPassword(String password) {
        if (password == null || password.isBlank()) {
            throw new InvalidInputException("password", "error.required");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "error.passwordTooShort");
        }
        if (password.length() > LONGEST_PASSWORD) {
            throw new InvalidInputException("password", "error.tooLong");
        }
        // any sign a keyboard types is fine; control characters and the mark of a garbled form are typed by none
        if (password.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD')) {
            throw new InvalidInputException("password", "error.badCharacters");
        }
        return password;
    }

    public void change(String displayName, Role role, Organisation organisation, boolean networkWide) {
        if (role == null || !role.isStaff()) {
            throw new InvalidInputException("role", "error.required");
        }
        if (role != Role.ADMIN && organisation == null) {
            throw new InvalidInputException("organisation", "error.organisationRequired");
        }
        this.displayName = Check.text("displayName", displayName, NAME_LENGTH);
        this.role = role;
        this.organisation = role == Role.ADMIN ? null : organisation;
        this.networkWide = role == Role.COORDINATOR && networkWide;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Check.present("password", passwordHash);
        signOutEverywhere();
    }

    public void deactivate() {
        this.active = false;
        signOutEverywhere();
    }

    public void activate() {
        this.active = true;
    }

    public void signOutEverywhere() {
        this.sessionEpoch++;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isNetworkWide() {
        return networkWide;
    }

    public boolean isActive() {
        return active;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
