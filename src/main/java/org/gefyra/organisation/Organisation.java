package org.gefyra.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gefyra.shared.Check;

/**
 * A partner organisation (a city, a region's service, a charity) in a network. Its staff run
 * sessions at its sites; its coordinators read its reports.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_LENGTH = 120;
    public static final int CITY_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private String name;

    private String city;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    protected Organisation() {
    }

    public Organisation(Network network, String name, String city, OrganisationKind kind) {
        this.network = Check.present("network", network);
        change(name, city, kind);
    }

    public void change(String name, String city, OrganisationKind kind) {
        this.name = Check.text("name", name, NAME_LENGTH);
        this.city = Check.text("city", city, CITY_LENGTH);
        this.kind = Check.present("kind", kind);
    }

    public Long getId() {
        return id;
    }

    public Network getNetwork() {
        return network;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public OrganisationKind getKind() {
        return kind;
    }
}
