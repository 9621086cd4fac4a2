package org.gefyra.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.gefyra.organisation.Organisation;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;

/**
 * Learners an educator gathers under a name, such as "Tuesday women's group": to find them,
 * print their cards and give them modules together. A group belongs to one organisation, and
 * holds only that organisation's learners.
 */
@Entity
@Table(name = "learner_group")
public class LearnerGroup {

    public static final int NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String name;

    @ManyToMany
    @JoinTable(name = "learner_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "learner_id"))
    private Set<Learner> members = new HashSet<>();

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected LearnerGroup() {
    }

    public LearnerGroup(Organisation organisation, String name, Long createdBy) {
        this.organisation = Check.present("organisation", organisation);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        rename(name);
    }

    public void rename(String name) {
        this.name = Check.text("name", name, NAME_LENGTH);
    }

    /** Adds a learner; already a member is no change. */
    public void add(Learner learner) {
        if (!learner.getOrganisation().getId().equals(organisation.getId())) {
            throw new InvalidInputException("members", "error.learnerOfOtherOrganisation");
        }
        members.add(learner);
    }

    public void remove(Learner learner) {
        members.remove(learner);
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public String getName() { return name; }
    public Set<Learner> getMembers() { return Set.copyOf(members); }
    public Instant getCreatedAt() { return createdAt; }
}
