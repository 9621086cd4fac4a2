package org.gefyra.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One line of the audit log, never changed. A null staff member is the server itself (retention). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "happened_at", updatable = false)
    private Instant happenedAt;

    @Column(name = "staff_id", updatable = false)
    private Long staffId;

    @Column(name = "staff_name", updatable = false)
    private String staffName;

    @Column(name = "learner_id", updatable = false)
    private Long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AuditAction action;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Long staffId, String staffName, Long learnerId, AuditAction action, String detail) {
        this.happenedAt = Instant.now();
        this.staffId = staffId;
        this.staffName = staffName == null ? null : cut(staffName, 120);
        this.learnerId = learnerId;
        this.action = action;
        this.detail = detail == null ? null : cut(detail, 200);
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most);
    }

    public Long getId() { return id; }
    public Instant getHappenedAt() { return happenedAt; }
    public Long getStaffId() { return staffId; }
    public String getStaffName() { return staffName; }
    public Long getLearnerId() { return learnerId; }
    public AuditAction getAction() { return action; }
    public String getDetail() { return detail; }
}
