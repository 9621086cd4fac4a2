package org.gefyra.organisation;

/** What sort of body a partner organisation is. */
public enum OrganisationKind {
    CITY, REGION, NGO, LIBRARY_SERVICE, OTHER
}
