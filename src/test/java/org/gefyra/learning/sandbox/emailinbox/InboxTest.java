package org.gefyra.learning.sandbox.emailinbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gefyra.learning.sandbox.Difference;
import org.gefyra.learning.sandbox.GoalCheck;
import org.gefyra.learning.sandbox.GoalParts;
import org.junit.jupiter.api.Test;

/** A learner reports the scams in the pretend inbox and leaves the real messages alone. */
class InboxTest {

    private static final Map<String, String> THREE = Map.of("scams", "3");

    @Test
    void theInboxHasTwoRealMessagesAndThreeScams() {
        Inbox inbox = new Inbox();
        assertEquals(5, inbox.messages().size());
        assertEquals(3, inbox.messages().stream().filter(InboxMessage::isScam).count());
        assertFalse(InboxMessage.PENSION_OFFICE.isScam());
        assertFalse(InboxMessage.PHARMACY.isScam());
    }

    @Test
    void reportingAllThreeScamsReachesTheGoal() {
        Inbox inbox = new Inbox();
        inbox.report(InboxMessage.BANK_BLOCKED);
        inbox.report(InboxMessage.PARCEL_FEE);
        GoalCheck twoOfThree = inbox.check(THREE);
        assertFalse(twoOfThree.isReached());
        assertEquals(List.of(), twoOfThree.differences(), "two scams found is progress, not a mistake");
        assertEquals(new GoalParts(2, 3), twoOfThree.parts());
        assertEquals(1, twoOfThree.parts().left());
        inbox.report(InboxMessage.PRIZE_PIN);
        assertTrue(inbox.check(THREE).isReached());
    }

    @Test
    void aRealMessageReportedAsAScamKeepsTheGoalOutOfReachUntilTheReportIsTakenBack() {
        Inbox inbox = new Inbox();
        for (InboxMessage message : InboxMessage.values()) {
            inbox.report(message);
        }
        assertEquals(List.of(new Difference("genuine", "pension-office", null), new Difference("genuine", "pharmacy", null)),
                inbox.check(THREE).differences());
        assertTrue(inbox.check(THREE).parts().isComplete());
        assertFalse(inbox.check(THREE).isReached());
        inbox.takeBack(InboxMessage.PENSION_OFFICE);
        inbox.takeBack(InboxMessage.PHARMACY);
        assertTrue(inbox.check(THREE).isReached());
    }

    @Test
    void aGoalOfOneScamIsReachedWithAnyOneScam() {
        Inbox inbox = new Inbox();
        assertFalse(inbox.check(Map.of("scams", "1")).isReached());
        assertEquals(new GoalParts(0, 1), inbox.check(Map.of("scams", "1")).parts());
        inbox.report(InboxMessage.PRIZE_PIN);
        assertTrue(inbox.check(Map.of("scams", "1")).isReached());
    }

    @Test
    void reportingTheSameScamTwiceCountsOnce() {
        Inbox inbox = new Inbox();
        inbox.report(InboxMessage.PARCEL_FEE);
        inbox.report(InboxMessage.PARCEL_FEE);
        assertEquals(1, inbox.scamsReported());
    }

    @Test
    void messagesAreFoundByTheirIdOnly() {
        assertEquals(InboxMessage.PHARMACY, InboxMessage.byId("pharmacy").orElseThrow());
        assertTrue(InboxMessage.byId("<script>").isEmpty());
        assertTrue(InboxMessage.byId(null).isEmpty());
    }
}
