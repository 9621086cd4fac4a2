package org.gefyra.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gefyra.learner.GroupService;
import org.gefyra.learner.GroupSummary;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerService;
import org.gefyra.learning.AssignedModule;
import org.gefyra.learning.AssignmentService;
import org.gefyra.learning.LearnerFinder;
import org.gefyra.learning.LearnerRow;
import org.gefyra.learning.LearnerSearch.LastSeen;
import org.gefyra.learning.LearnerSearch;
import org.gefyra.organisation.web.SiteRow;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.PlainText;

/**
 * An educator's learners, found quickly: by name or card code, site, group, module and when
 * last seen. The search is sent as a form, not in the address, since a card's code is a secret.
 */
@Named
@ViewScoped
public class LearnerListView implements Serializable {

    @Inject
    LearnerFinder finder;

    @Inject
    LearnerService learners;

    @Inject
    GroupService groups;

    @Inject
    AssignmentService assignments;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    @PlainText(max = Learner.NAME_LENGTH, optional = true)
    private String text;
    private Long siteId;
    private Long groupId;
    private String moduleId;
    private LastSeen lastSeen = LastSeen.ANY;
    private boolean switchedOff;
    private List<LearnerRow> rows;
    private List<SiteRow> sites;
    private List<GroupSummary> groupChoices;
    private List<AssignedModule> modules;

    @PostConstruct
    void load() {
        sites = learners.sitesFor(caller.get()).stream().map(SiteRow::of).toList();
        groupChoices = groups.groups(caller.get());
        modules = assignments.choices(language.getCode());
        find();
    }

    public void find() {
        rows = finder.find(caller.get(), new LearnerSearch(text, siteId, groupId, moduleId, lastSeen, switchedOff));
    }

    public void clear() {
        text = null;
        siteId = null;
        groupId = null;
        moduleId = null;
        lastSeen = LastSeen.ANY;
        switchedOff = false;
        find();
    }

    /** The rows shown: at most as many as the finder promises; {@link #isMore()} says when there were more. */
    public List<LearnerRow> getRows() {
        return rows.size() > LearnerFinder.MOST ? rows.subList(0, LearnerFinder.MOST) : rows;
    }

    public boolean isMore() {
        return rows.size() > LearnerFinder.MOST;
    }

    public LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneId.systemDefault());
    }

    public LastSeen[] getLastSeenChoices() {
        return LastSeen.values();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public String getModuleId() { return moduleId; }
    public void setModuleId(String moduleId) { this.moduleId = moduleId; }
    public LastSeen getLastSeen() { return lastSeen; }
    public void setLastSeen(LastSeen lastSeen) { this.lastSeen = lastSeen == null ? LastSeen.ANY : lastSeen; }
    public boolean isSwitchedOff() { return switchedOff; }
    public void setSwitchedOff(boolean switchedOff) { this.switchedOff = switchedOff; }
    public List<SiteRow> getSites() { return sites; }
    public List<GroupSummary> getGroupChoices() { return groupChoices; }
    public List<AssignedModule> getModules() { return modules; }
}
