package org.gefyra.organisation.web;

import java.io.Serializable;
import org.gefyra.organisation.Site;
import org.gefyra.organisation.SiteKind;
import org.gefyra.shared.validation.PlainText;

/** The fields of a site as an administrator types them. */
public class SiteForm implements Serializable {
    Long organisationId;
    @PlainText(max = Site.NAME_LENGTH)
    String name;
    SiteKind kind = SiteKind.LIBRARY;
    @PlainText(max = Site.ADDRESS_LENGTH, optional = true)
    String address;
    boolean learnerListShown = true;

    void fill(Site site) {
        organisationId = site.getOrganisation().getId();
        name = site.getName();
        kind = site.getKind();
        address = site.getAddress();
        learnerListShown = site.isLearnerListShown();
    }

    void clear() {
        name = null;
        address = null;
        learnerListShown = true;
    }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SiteKind getKind() { return kind; }
    public void setKind(SiteKind kind) { this.kind = kind; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isLearnerListShown() { return learnerListShown; }
    public void setLearnerListShown(boolean learnerListShown) { this.learnerListShown = learnerListShown; }
}
