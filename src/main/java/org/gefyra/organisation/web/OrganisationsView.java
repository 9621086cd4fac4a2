package org.gefyra.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gefyra.organisation.Network;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationKind;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.PlainText;
import org.gefyra.shared.web.Messages;

/** Administrators list networks and partner organisations, and add new ones. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private List<OrganisationRow> all;
    private List<NetworkRow> networks;
    @PlainText(max = Network.NAME_LENGTH)
    private String networkName;
    private Long networkId;
    @PlainText(max = Organisation.NAME_LENGTH)
    private String name;
    @PlainText(max = Organisation.CITY_LENGTH)
    private String city;
    private OrganisationKind kind = OrganisationKind.CITY;

    @PostConstruct
    void load() {
        all = organisations.organisations(caller.get()).stream().map(OrganisationRow::of).toList();
        networks = organisations.networks(caller.get()).stream().map(NetworkRow::of).toList();
        if (networkId == null && !networks.isEmpty()) {
            networkId = networks.get(0).id();
        }
    }

    public void addNetwork() {
        try {
            organisations.createNetwork(caller.get(), networkName);
            Messages.info("admin.saved");
            networkName = null;
            load();
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "network");
        }
    }

    public void addOrganisation() {
        try {
            organisations.createOrganisation(caller.get(), networkId == null ? -1 : networkId, name, city, kind);
            Messages.info("admin.saved");
            name = null;
            city = null;
            load();
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "organisation");
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<OrganisationRow> getAll() { return all; }
    public List<NetworkRow> getNetworks() { return networks; }
    public String getNetworkName() { return networkName; }
    public void setNetworkName(String networkName) { this.networkName = networkName; }
    public Long getNetworkId() { return networkId; }
    public void setNetworkId(Long networkId) { this.networkId = networkId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
}
