package org.gefyra.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A learner's own view of a module they finished: how useful it was and what was hard. One per
 * learner and module; answering again changes it. Reports count it per module, never per person.
 */
@Entity
@Table(name = "module_feedback")
public class ModuleFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "module_id")
    private String moduleId;

    @Column(name = "module_version")
    private int moduleVersion;

    private short usefulness;

    private String language;

    @Column(name = "given_at")
    private Instant givenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "module_feedback_hard", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "part")
    @Enumerated(EnumType.STRING)
    private Set<HardPart> hard = new HashSet<>();

    protected ModuleFeedback() {
    }

    ModuleFeedback(long learnerId, String moduleId, int moduleVersion) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
    }

    void useful(Usefulness usefulness, String language) {
        this.usefulness = (short) usefulness.value();
        this.language = language;
        this.givenAt = Instant.now();
    }

    void hard(Set<HardPart> parts) {
        hard.clear();
        hard.addAll(parts);
    }

    public Long getId() { return id; }
    public Long getLearnerId() { return learnerId; }
    public String getModuleId() { return moduleId; }
    public Usefulness getUsefulness() { return Usefulness.of(usefulness).orElse(null); }
    public String getLanguage() { return language; }
    public Instant getGivenAt() { return givenAt; }

    public Set<HardPart> getHard() {
        return hard.isEmpty() ? EnumSet.noneOf(HardPart.class) : EnumSet.copyOf(hard);
    }
}
