package org.gefyra.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.gefyra.shared.validation.PlainText;

/** What an educator fills in to plan a session: where, when, what kind, for how many, which modules, who runs it. */
public class SessionPlan implements Serializable {
    public Long siteId;
    @PlainText(max = LearningSession.TITLE_LENGTH)
    public String title;
    public SessionKind kind = SessionKind.DROP_IN;
    public LocalDate date;
    public LocalTime start;
    public LocalTime end;
    @Min(value = 1, message = "{error.capacity}")
    @Max(value = LearningSession.MOST_PLACES, message = "{error.capacity}")
    public Integer capacity = 10;
    public boolean openToNewcomers = true;
    @Size(max = LearningSession.MOST_MODULES, message = "{error.tooMany}")
    public List<String> moduleIds = new ArrayList<>();
    public List<Long> educatorIds = new ArrayList<>();

    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime start) { this.start = start; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime end) { this.end = end; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public boolean isOpenToNewcomers() { return openToNewcomers; }
    public void setOpenToNewcomers(boolean openToNewcomers) { this.openToNewcomers = openToNewcomers; }
    public List<String> getModuleIds() { return moduleIds; }
    public void setModuleIds(List<String> moduleIds) { this.moduleIds = moduleIds == null ? new ArrayList<>() : moduleIds; }
    public List<Long> getEducatorIds() { return educatorIds; }
    public void setEducatorIds(List<Long> educatorIds) { this.educatorIds = educatorIds == null ? new ArrayList<>() : educatorIds; }
}
