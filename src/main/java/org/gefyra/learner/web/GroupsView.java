package org.gefyra.learner.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gefyra.learner.GroupService;
import org.gefyra.learner.GroupSummary;
import org.gefyra.learner.LearnerGroup;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.PlainText;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** An educator's groups of learners, and a new one. The form sent twice makes one group. */
@Named
@ViewScoped
public class GroupsView implements Serializable {

    @Inject
    GroupService groups;

    @Inject
    CurrentCaller caller;

    private List<GroupSummary> all;
    @PlainText(max = LearnerGroup.NAME_LENGTH)
    private String name;
    private Long made;

    @PostConstruct
    void load() {
        all = groups.groups(caller.get());
    }

    public synchronized void create() {
        try {
            if (made == null) {
                made = groups.create(caller.get(), name).getId();
                Messages.info("educator.group.made", name.strip());
            }
            Navigation.keepMessages();
            Navigation.redirect("/educator/groups/edit.xhtml?id=" + made);
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "group");
        }
    }

    public List<GroupSummary> getAll() { return all; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
