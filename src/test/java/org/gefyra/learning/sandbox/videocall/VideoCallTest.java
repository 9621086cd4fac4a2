package org.gefyra.learning.sandbox.videocall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gefyra.learning.sandbox.Difference;
import org.junit.jupiter.api.Test;

/** A learner calls someone in the pretend video-call app and hangs up. */
class VideoCallTest {

    @Test
    void callingTheContactOfTheTaskReachesTheGoal() {
        assertTrue(VideoCall.check(Map.of("contact", "daughter"), "daughter").isReached());
    }

    @Test
    void callingSomeoneElseIsNamed() {
        assertEquals(List.of(new Difference("contact", "son", "daughter")),
                VideoCall.check(Map.of("contact", "daughter"), "son").differences());
        assertEquals(List.of(new Difference("contact", null, "daughter")),
                VideoCall.check(Map.of("contact", "daughter"), null).differences());
    }

    @Test
    void onlyTheFourContactsExist() {
        assertEquals(List.of("daughter", "son", "grandchild", "friend"), VideoCall.CONTACTS);
        assertFalse(VideoCall.isContact("stranger"));
        assertFalse(VideoCall.isContact(null));
    }
}
