package org.gefyra.learning.sandbox.emailinbox;

import java.util.Map;
import java.util.stream.IntStream;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;

/** The pretend inbox: a practice step names how many of its scams to report, at most all of them. */
public final class EmailInboxSandbox implements Sandbox {

    public static final String ID = "email-inbox";

    private static final Map<String, GoalValues> GOALS = Map.of(
            "scams", GoalValues.oneOf(IntStream.rangeClosed(1, InboxMessage.scams()).mapToObj(String::valueOf).toList()));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, GoalValues> goals() {
        return GOALS;
    }
}
