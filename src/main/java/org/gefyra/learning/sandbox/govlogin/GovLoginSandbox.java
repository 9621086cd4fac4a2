package org.gefyra.learning.sandbox.govlogin;

import java.util.Map;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;

/** The pretend public-services portal: a practice step names the user name to sign in with. */
public final class GovLoginSandbox implements Sandbox {

    public static final String ID = "gov-login";

    private static final Map<String, GoalValues> GOALS = Map.of(
            "username", GoalValues.matching("[a-z0-9][a-z0-9.-]{2,39}"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, GoalValues> goals() {
        return GOALS;
    }
}
