package org.gefyra.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.gefyra.learner.CardPrinting;
import org.gefyra.learner.GroupService;
import org.gefyra.learner.IssuedCard;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerCard;
import org.gefyra.learner.LearnerGroup;
import org.gefyra.learner.LearnerService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.PlainText;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/**
 * One group: its name, its learners (find and add some, take one out), a sheet of new login
 * cards for all of them, and deleting it.
 */
@Named
@ViewScoped
public class GroupEditView implements Serializable {

    /** How many learners a search for the group offers at once. */
    static final int MOST_FOUND = 50;

    @Inject
    GroupService groups;

    @Inject
    LearnerService learners;

    @Inject
    CardPrinting printing;

    @Inject
    CurrentCaller caller;

    private String id;
    private long groupId;
    @PlainText(max = LearnerGroup.NAME_LENGTH)
    private String name;
    private String shownName;
    private List<LearnerCard> members = List.of();
    @PlainText(max = Learner.NAME_LENGTH, optional = true)
    private String find;
    private List<LearnerCard> found = List.of();
    private Long[] chosen = {};
    private boolean deleteConfirmed;
    private final String printKey = UUID.randomUUID().toString();

    public void load() {
        groupId = LearnerEditView.parse(id);
        refresh();
        name = shownName;
    }

    public void rename() {
        try {
            groups.rename(caller.get(), groupId, name);
            done("admin.saved");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "group");
        }
    }

    public void search() {
        List<Long> in = members.stream().map(LearnerCard::id).toList();
        found = learners.named(caller.get(), find, MOST_FOUND + in.size()).stream()
                .filter(card -> !in.contains(card.id())).limit(MOST_FOUND).toList();
        chosen = new Long[0];
        if (found.isEmpty()) {
            Messages.info("educator.group.noneFound");
        }
    }

    public void add() {
        if (chosen.length == 0) {
            Messages.error("educator.group.chooseSomeone");
            return;
        }
        groups.add(caller.get(), groupId, List.of(chosen));
        Messages.info("educator.group.added", chosen.length);
        Navigation.keepMessages();
        Navigation.redirect(page(groupId));
    }

    public void remove(long learnerId) {
        groups.remove(caller.get(), groupId, learnerId);
        done("educator.group.removed");
    }

    /** Makes every learner of the group a new card, on one sheet; their cards before stop working. */
    public void print() {
        List<IssuedCard> cards = printing.print(caller.get(), printKey, groups.memberIds(caller.get(), groupId));
        if (cards.isEmpty()) {
            Messages.error("educator.cards.none");
            return;
        }
        CardsPdf.send(cards, "gefyra-cards.pdf");
    }

    public void delete() {
        if (!deleteConfirmed) {
            Messages.error("educator.group.confirmDelete");
            return;
        }
        groups.delete(caller.get(), groupId);
        Messages.info("educator.group.deleted", shownName);
        Navigation.keepMessages();
        Navigation.redirect("/educator/groups/index.xhtml");
    }

    private void done(String messageKey) {
        Messages.info(messageKey);
        Navigation.keepMessages();
        Navigation.redirect(page(groupId));
    }

    static String page(long groupId) {
        return "/educator/groups/edit.xhtml?id=" + groupId;
    }

    private void refresh() {
        shownName = groups.get(caller.get(), groupId).getName();
        members = groups.members(caller.get(), groupId);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getGroupId() { return groupId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShownName() { return shownName; }
    public List<LearnerCard> getMembers() { return members; }
    public String getFind() { return find; }
    public void setFind(String find) { this.find = find; }
    public List<LearnerCard> getFound() { return found; }
    public Long[] getChosen() { return chosen; }
    public void setChosen(Long[] chosen) { this.chosen = chosen == null ? new Long[0] : chosen; }
    public boolean isDeleteConfirmed() { return deleteConfirmed; }
    public void setDeleteConfirmed(boolean deleteConfirmed) { this.deleteConfirmed = deleteConfirmed; }
}
