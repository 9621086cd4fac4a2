package org.gefyra.learning.sandbox.videocall;

import java.util.List;
import java.util.Map;
import org.gefyra.learning.sandbox.GoalCheck;

/**
 * The pretend video-call app: four contacts, one call at a time. The call counts when the
 * learner has called someone and hung up with the red button.
 */
public final class VideoCall {

    public static final List<String> CONTACTS = List.of("daughter", "son", "grandchild", "friend");

    private VideoCall() {
    }

    public static boolean isContact(String id) {
        return id != null && CONTACTS.contains(id);
    }

    public static GoalCheck check(Map<String, String> goal, String calledContact) {
        return new GoalCheck.Builder(goal).same("contact", calledContact).build();
    }
}
