package org.gefyra.learning.sandbox.emailinbox;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gefyra.learning.sandbox.Difference;
import org.gefyra.learning.sandbox.GoalCheck;
import org.gefyra.learning.sandbox.GoalParts;

/**
 * The pretend inbox as the learner leaves it: which messages they opened and which they reported
 * as scams. A report can be taken back, as in a real mail program ("not a scam").
 */
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumSet<InboxMessage> opened = EnumSet.noneOf(InboxMessage.class);
    private final EnumSet<InboxMessage> reported = EnumSet.noneOf(InboxMessage.class);

    public List<InboxMessage> messages() {
        return List.of(InboxMessage.values());
    }

    public void open(InboxMessage message) {
        opened.add(message);
    }

    public boolean isOpened(InboxMessage message) {
        return opened.contains(message);
    }

    public void report(InboxMessage message) {
        reported.add(message);
    }

    public void takeBack(InboxMessage message) {
        reported.remove(message);
    }

    public boolean isReported(InboxMessage message) {
        return reported.contains(message);
    }

    public Set<InboxMessage> reported() {
        return Set.copyOf(reported);
    }

    public long scamsReported() {
        return reported.stream().filter(InboxMessage::isScam).count();
    }

    /**
     * Reached when at least as many scams as the goal asks are reported and no real message is:
     * the parts say how many scams are reported of how many asked; each real message reported is
     * a difference "genuine" that names it.
     */
    public GoalCheck check(Map<String, String> goal) {
        GoalCheck.Builder check = new GoalCheck.Builder(Map.of());
        String wanted = goal == null ? null : goal.get("scams");
        if (wanted != null) {
            check.parts(new GoalParts((int) scamsReported(), Integer.parseInt(wanted)));
        }
        reported.stream().filter(m -> !m.isScam())
                .forEach(m -> check.add(new Difference("genuine", m.id(), null)));
        return check.build();
    }
}
