package org.gefyra.organisation.web;

import java.io.Serializable;
import org.gefyra.organisation.Site;
import org.gefyra.organisation.SiteKind;

/** A site as the administrators' list shows it. */
public record SiteRow(long id, String name, String organisationName, SiteKind kind, String address,
        boolean learnerListShown) implements Serializable {

    public static SiteRow of(Site site) {
        return new SiteRow(site.getId(), site.getName(), site.getOrganisation().getName(), site.getKind(),
                site.getAddress(), site.isLearnerListShown());
    }
}
