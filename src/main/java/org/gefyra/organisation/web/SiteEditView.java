package org.gefyra.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.organisation.Site;
import org.gefyra.organisation.SiteKind;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** An administrator changes a site, including whether its kiosks list learners' names. */
@Named
@ViewScoped
public class SiteEditView implements Serializable {

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private Long id;
    private String organisationName;
    private final SiteForm form = new SiteForm();

    public void load() {
        Site site = organisations.site(caller.get(), id == null ? -1 : id);
        form.fill(site);
        organisationName = site.getOrganisation().getName();
    }

    public void save() {
        try {
            organisations.changeSite(caller.get(), id, form.name, form.kind, form.address, form.learnerListShown);
            Messages.info("admin.saved");
            Navigation.keepMessages();
            Navigation.redirect("/admin/sites.xhtml");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "site");
        }
    }

    public SiteKind[] getKinds() {
        return SiteKind.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getOrganisationName() { return organisationName; }
    public SiteForm getForm() { return form; }
}
