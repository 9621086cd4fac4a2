package org.gefyra.organisation;

import jakarta.persistence.Column;
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
 * A place where an organisation holds sessions: a library, a community centre, a town hall.
 * A site may hide the list of its learners' names on its kiosks, for privacy.
 */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String name;

    @Enumerated(EnumType.STRING)
    private SiteKind kind;

    private String address;

    @Column(name = "learner_list_shown")
    private boolean learnerListShown;

    protected Site() {
    }

    public Site(Organisation organisation, String name, SiteKind kind, String address) {
        this.organisation = Check.present("organisation", organisation);
        this.learnerListShown = true;
        change(name, kind, address, true);
    }

    public void change(String name, SiteKind kind, String address, boolean learnerListShown) {
        this.name = Check.text("name", name, 120);
        this.kind = Check.present("kind", kind);
        this.address = Check.optionalText("address", address, 200);
        this.learnerListShown = learnerListShown;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public boolean isLearnerListShown() {
        return learnerListShown;
    }
}
