package org.gefyra.learner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.gefyra.learner.CardPrinting;
import org.gefyra.learner.GroupService;
import org.gefyra.learner.GroupSummary;
import org.gefyra.learner.IssuedCard;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerForm;
import org.gefyra.learner.LearnerService;
import org.gefyra.organisation.web.SiteRow;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.Format;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/**
 * One learner, as their educator looks after them: their details and consent, a new PIN, a new
 * login card to print, unlocking, their groups, switching them off or on again.
 */
@Named
@ViewScoped
public class LearnerEditView implements Serializable {

    @Inject
    LearnerService learners;

    @Inject
    GroupService groups;

    @Inject
    CardPrinting printing;

    @Inject
    CurrentCaller caller;

    private String id;
    private long learnerId;
    private LearnerSummary summary;
    private LearnerForm form;
    private List<SiteRow> sites;
    private List<GroupSummary> allGroups;
    private Long[] groupIds = {};
    @Format(regexp = Learner.PIN_FORMAT, message = "{error.pinFormat}")
    private String newPin;
    private final String printKey = UUID.randomUUID().toString();

    public void load() {
        learnerId = LearnerEditView.parse(id);
        Learner learner = learners.view(caller.get(), learnerId);
        form = LearnerForm.of(learner);
        sites = learners.sitesFor(caller.get()).stream().map(SiteRow::of).toList();
        allGroups = groups.choicesFor(caller.get(), learnerId);
        refresh();
    }

    public void save() {
        try {
            learners.change(caller.get(), learnerId, form);
            done("admin.saved");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "learner");
        }
    }

    public void setPin() {
        try {
            learners.setPin(caller.get(), learnerId, newPin);
            done("educator.learner.pinSet");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "pin");
        } finally {
            newPin = null;
        }
    }

    public void unlock() {
        learners.unlock(caller.get(), learnerId);
        done("educator.learners.unlocked");
    }

    public void switchOff() {
        learners.setActive(caller.get(), learnerId, false);
        done("educator.learner.switchedOff");
    }

    public void switchOn() {
        learners.setActive(caller.get(), learnerId, true);
        done("educator.learner.switchedOn");
    }

    public void saveGroups() {
        groups.setGroupsOf(caller.get(), learnerId, List.of(groupIds));
        done("admin.saved");
    }

    /** Makes the learner a new card and sends it as a PDF; their card before stops working. */
    public void print() {
        List<IssuedCard> cards = printing.print(caller.get(), printKey, List.of(learnerId));
        if (cards.isEmpty()) {
            Messages.error("educator.cards.none");
            return;
        }
        CardsPdf.send(cards, "gefyra-card.pdf");
    }

    /** Says it is done, on the learner's page loaded afresh: Back and reload then send nothing again. */
    private void done(String messageKey) {
        Messages.info(messageKey);
        Navigation.keepMessages();
        Navigation.redirect(page(learnerId));
    }

    static String page(long learnerId) {
        return "/educator/learners/edit.xhtml?id=" + learnerId;
    }

    private void refresh() {
        summary = LearnerSummary.of(learners.get(caller.get(), learnerId));
        groupIds = groups.groupsOf(caller.get(), learnerId).stream().map(GroupSummary::id).toArray(Long[]::new);
    }

    /** An id from the address; anything else is no learner of the caller's. */
    static long parse(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException notAnId) {
            throw new NotAllowedException("learner " + id);
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public LearnerSummary getSummary() { return summary; }
    public LearnerForm getForm() { return form; }
    public List<SiteRow> getSites() { return sites; }
    public List<GroupSummary> getAllGroups() { return allGroups; }
    public Long[] getGroupIds() { return groupIds; }
    public void setGroupIds(Long[] groupIds) { this.groupIds = groupIds == null ? new Long[0] : groupIds; }
    public String getNewPin() { return newPin; }
    public void setNewPin(String newPin) { this.newPin = newPin; }
    public String getPrintKey() { return printKey; }
    public LearnerChoices getChoices() { return LearnerChoices.INSTANCE; }
}
