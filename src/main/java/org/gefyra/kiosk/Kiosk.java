package org.gefyra.kiosk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gefyra.organisation.Site;
import org.gefyra.shared.Check;

/**
 * A shared device that an educator made a kiosk of one site. The device keeps a secret token in
 * a cookie; only the token's hash is stored. Learning on a kiosk counts for its site, and its
 * start screen can list the site's learners. Released kiosks are kept for the record.
 */
@Entity
@Table(name = "kiosk")
public class Kiosk {

    public static final int LABEL_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    private String label;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected Kiosk() {
    }

    Kiosk(Site site, String label, String tokenHash, long createdBy) {
        this.site = Check.present("site", site);
        this.label = Check.text("label", label, LABEL_LENGTH);
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    void release() {
        if (releasedAt == null) {
            releasedAt = Instant.now();
        }
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    public Long getId() { return id; }
    public Site getSite() { return site; }
    public String getLabel() { return label; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReleasedAt() { return releasedAt; }
}
