package org.gefyra.learning.sandbox.videocall;

import java.util.Map;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;

/** The pretend video-call app: a practice step names the contact to call. */
public final class VideoCallSandbox implements Sandbox {

    public static final String ID = "video-call";

    private static final Map<String, GoalValues> GOALS = Map.of(
            "contact", GoalValues.oneOf(VideoCall.CONTACTS));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, GoalValues> goals() {
        return GOALS;
    }
}
