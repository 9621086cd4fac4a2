package org.gefyra.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationKind;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.PlainText;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** An administrator changes a partner organisation's name, city or kind. */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private Long id;
    @PlainText(max = Organisation.NAME_LENGTH)
    private String name;
    @PlainText(max = Organisation.CITY_LENGTH)
    private String city;
    private OrganisationKind kind;
    private String networkName;

    public void load() {
        Organisation organisation = organisations.organisation(caller.get(), id == null ? -1 : id);
        name = organisation.getName();
        city = organisation.getCity();
        kind = organisation.getKind();
        networkName = organisation.getNetwork().getName();
    }

    public void save() {
        try {
            organisations.changeOrganisation(caller.get(), id, name, city, kind);
            Messages.info("admin.saved");
            Navigation.keepMessages();
            Navigation.redirect("/admin/organisations.xhtml");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "organisation");
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public String getNetworkName() { return networkName; }
}
