package org.gefyra.organisation.web;

import java.io.Serializable;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationKind;

/** A partner organisation as a list or a choice shows it: plain values that a view may keep across requests. */
public record OrganisationRow(long id, String name, String city, OrganisationKind kind, String networkName)
        implements Serializable {

    public static OrganisationRow of(Organisation organisation) {
        return new OrganisationRow(organisation.getId(), organisation.getName(), organisation.getCity(),
                organisation.getKind(), organisation.getNetwork().getName());
    }
}
