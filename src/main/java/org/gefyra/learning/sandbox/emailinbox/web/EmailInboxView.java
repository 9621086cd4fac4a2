package org.gefyra.learning.sandbox.emailinbox.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.gefyra.learning.sandbox.Difference;
import org.gefyra.learning.sandbox.GoalCheck;
import org.gefyra.learning.sandbox.GoalParts;
import org.gefyra.learning.sandbox.emailinbox.EmailInboxSandbox;
import org.gefyra.learning.sandbox.emailinbox.Inbox;
import org.gefyra.learning.sandbox.emailinbox.InboxMessage;
import org.gefyra.learning.sandbox.web.PracticeView;
import org.gefyra.learning.sandbox.web.SandboxTexts;

/**
 * The pretend inbox ({@code learn/sandbox/email-inbox.xhtml}): five messages to open and read,
 * "Report as scam" on each, and a kind word when a real message is reported.
 */
@Named
@ViewScoped
public class EmailInboxView extends PracticeView {

    private static final long serialVersionUID = 1L;

    public enum Screen { INBOX, MESSAGE }

    private final Inbox inbox = new Inbox();
    private Screen screen = Screen.INBOX;
    private InboxMessage current;
    private InboxMessage justReported;
    private boolean linkPressed;

    public EmailInboxView() {
        super(EmailInboxSandbox.ID);
    }

    @Override
    protected String formId() {
        return "mail";
    }

    public void open(String id) {
        clearErrors();
        Optional<InboxMessage> message = InboxMessage.byId(id);
        if (message.isEmpty()) {
            refuse("message", "error.chooseFromList");
            return;
        }
        current = message.get();
        inbox.open(current);
        justReported = null;
        linkPressed = false;
        screen = Screen.MESSAGE;
        record("opened=" + id);
    }

    public void report() {
        if (current == null) {
            return;
        }
        inbox.report(current);
        justReported = current;
        if (current.isScam()) {
            screen = Screen.INBOX;
        }
        check("reported=" + current.id());
    }

    public void takeBack(String id) {
        InboxMessage message = InboxMessage.byId(id).orElse(null);
        if (message == null) {
            return;
        }
        inbox.takeBack(message);
        justReported = null;
        check("took-back=" + id);
    }

    public void pressLink() {
        linkPressed = true;
        record("pressed-link=" + (current == null ? "" : current.id()));
    }

    public void backToInbox() {
        clearErrors();
        screen = Screen.INBOX;
        justReported = null;
        linkPressed = false;
        record("pressed=back-to-inbox");
    }

    /** Records a report or a report taken back; the scams found so far show in the inbox only. */
    private void check(String action) {
        GoalCheck check = inbox.check(goal());
        if (!record(action, check, "inbox.notYet", this::genuineReported) && screen == Screen.MESSAGE) {
            keepQuiet();
        }
    }

    private String genuineReported(Difference genuine) {
        return SandboxTexts.text("inbox.diff.genuine", SandboxTexts.text("inbox." + genuine.chosen() + ".sender"));
    }

    @Override
    protected Progress describe(GoalParts scams) {
        return new Progress(SandboxTexts.text("inbox.found", String.valueOf(scams.done()), String.valueOf(scams.wanted())),
                scams.left() == 1 ? SandboxTexts.text("inbox.oneMore") : SandboxTexts.text("inbox.more", String.valueOf(scams.left())));
    }

    public List<InboxMessage> getMessages() {
        return inbox.messages();
    }

    public boolean opened(InboxMessage message) {
        return inbox.isOpened(message);
    }

    public boolean reported(InboxMessage message) {
        return inbox.isReported(message);
    }

    /** The paragraphs of a message's text, in the page's language. */
    public List<String> paragraphs(InboxMessage message) {
        return List.of(SandboxTexts.text("inbox." + message.id() + ".body").split("\\s*\\|\\s*"));
    }

    /** When it arrived: a time today, or "yesterday", in the page's language. */
    public String received(InboxMessage message) {
        return message.received().equals("yesterday") ? SandboxTexts.text("inbox.yesterday") : message.received();
    }

    public int getCount() {
        return inbox.messages().size();
    }

    public Screen getScreen() { return screen; }
    public InboxMessage getCurrent() { return current; }
    public InboxMessage getJustReported() { return justReported; }
    public boolean isLinkPressed() { return linkPressed; }
    public long getScamsReported() { return inbox.scamsReported(); }
}
