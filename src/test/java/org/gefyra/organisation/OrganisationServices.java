package org.gefyra.organisation;

import jakarta.persistence.EntityManager;

/** An organisation service over a test database, for tests of other features. */
public final class OrganisationServices {

    private OrganisationServices() {
    }

    public static OrganisationService on(EntityManager em) {
        OrganisationService service = new OrganisationService();
        service.em = em;
        return service;
    }
}
