package org.gefyra.shared.security;

import java.util.Locale;

/** What a person may do in Gefyra. The group name is what pages and endpoints check. */
public enum Role {
    ADMIN, COORDINATOR, EDUCATOR, AUTHOR, LEARNER, GUEST;

    public static final String ADMIN_GROUP = "admin";
    public static final String COORDINATOR_GROUP = "coordinator";
    public static final String EDUCATOR_GROUP = "educator";
    /** Partner staff who write learning modules: they preview and reload content, nothing else. */
    public static final String AUTHOR_GROUP = "author";
    public static final String LEARNER_GROUP = "learner";
    public static final String GUEST_GROUP = "guest";

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isStaff() {
        return this == ADMIN || this == COORDINATOR || this == EDUCATOR || this == AUTHOR;
    }
}
