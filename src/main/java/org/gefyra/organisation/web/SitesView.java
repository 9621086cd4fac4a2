package org.gefyra.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.organisation.SiteKind;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;

/** Administrators list the sites where sessions happen, and add new ones. */
@Named
@ViewScoped
public class SitesView implements Serializable {

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private List<SiteRow> all;
    private List<OrganisationRow> choices;
    private final SiteForm form = new SiteForm();

    @PostConstruct
    void load() {
        all = organisations.sites(caller.get()).stream().map(SiteRow::of).toList();
        choices = organisations.organisations(caller.get()).stream().map(OrganisationRow::of).toList();
    }

    public void add() {
        try {
            organisations.createSite(caller.get(), form.organisationId == null ? -1 : form.organisationId,
                    form.name, form.kind, form.address, form.learnerListShown);
            Messages.info("admin.saved");
            form.clear();
            load();
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "site");
        }
    }

    public SiteKind[] getKinds() {
        return SiteKind.values();
    }

    public List<SiteRow> getAll() { return all; }
    public List<OrganisationRow> getChoices() { return choices; }
    public SiteForm getForm() { return form; }
}
