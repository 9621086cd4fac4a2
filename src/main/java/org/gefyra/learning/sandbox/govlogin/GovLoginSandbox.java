package org.gefyra.learning.sandbox.govlogin;

import java.util.List;
import java.util.Map;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;
import org.gefyra.content.SiteSettings;

/**
 * The pretend public-services portal: a practice step names the user name to sign in with. The
 * text files may name the portal ("portal") as learners know it in their country.
 */
public final class GovLoginSandbox implements Sandbox {

    public static final String ID = "gov-login";

    private static final Map<String, GoalValues> GOALS = Map.of(
            "username", GoalValues.matching("[a-z0-9][a-z0-9.-]{2,39}", "format.username"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, GoalValues> goals() {
        return GOALS;
    }

    @Override
    public List<String> names(SiteSettings settings) {
        return List.of("portal");
    }
}
