package org.gefyra.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "No, keep learning" goes back to the learner's own page, and never anywhere else. */
class DoneViewTest {

    @Test
    void theLearnerGoesBackToThePageTheyWereOn() {
        assertEquals("/learn/step.xhtml?module=pay-utility-bill&step=welcome",
                DoneView.back("/learn/step.xhtml?module=pay-utility-bill&step=welcome"));
        assertEquals("/learn/sandbox/email-inbox.xhtml?module=spot-scam-messages&step=try-it",
                DoneView.back("/learn/sandbox/email-inbox.xhtml?module=spot-scam-messages&step=try-it"));
    }

    @Test
    void anyOtherAddressLeadsToMyLessons() {
        for (String elsewhere : new String[] {null, "", "https://evil.example/learn/index.xhtml", "//evil.example",
                "/learn/../admin/index.xhtml", "/admin/index.xhtml", "/learn/index.xhtml\"><script>",
                "/learn/done.xhtml?back=/learn/step.xhtml", "javascript:alert(1)"}) {
            assertEquals(DoneView.MY_LESSONS, DoneView.back(elsewhere), String.valueOf(elsewhere));
        }
    }
}
