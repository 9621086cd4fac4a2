package org.gefyra.organisation;

/** The sort of place where sessions happen. */
public enum SiteKind {
    LIBRARY, COMMUNITY_CENTRE, TOWN_HALL, OTHER
}
