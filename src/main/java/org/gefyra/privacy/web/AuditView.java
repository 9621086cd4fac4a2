package org.gefyra.privacy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gefyra.shared.audit.AuditEntry;
import org.gefyra.shared.audit.AuditLog;
import org.gefyra.shared.security.CurrentCaller;

/** The audit log for administrators: a page at a time, the latest first, narrowed by learner or staff. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    private String learner;
    private String staff;
    private int page;
    private List<AuditEntry> entries;
    private long total;

    public void load() {
        Long learnerId = learnerId();
        total = audit.count(caller.get(), learnerId, staff);
        page = Math.max(0, Math.min(page, (int) ((total - 1) / AuditLog.PAGE_SIZE)));
        entries = audit.page(caller.get(), learnerId, staff, page);
    }

    private Long learnerId() {
        String text = learner == null ? "" : learner.strip();
        return text.matches("[0-9]{1,15}") ? Long.valueOf(text) : null;
    }

    public boolean isLearnerUnreadable() {
        return learner != null && !learner.isBlank() && learnerId() == null;
    }

    public boolean hasNext() {
        return (long) (page + 1) * AuditLog.PAGE_SIZE < total;
    }

    public java.util.Date when(AuditEntry entry) {
        return java.util.Date.from(entry.getHappenedAt());
    }

    public boolean isHasNext() { return hasNext(); }
    public boolean isHasPrevious() { return page > 0; }
    public String getLearner() { return learner; }
    public void setLearner(String learner) { this.learner = learner == null ? null : learner.strip(); }
    public String getStaff() { return staff; }
    public void setStaff(String staff) { this.staff = staff == null ? null : staff.strip(); }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public List<AuditEntry> getEntries() { return entries; }
    public long getTotal() { return total; }
    public int getPageNumber() { return page + 1; }
}
