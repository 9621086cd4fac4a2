package org.gefyra.account.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** After signing in, people are only ever sent on to pages of Gefyra, never to another site. */
class SignInViewTest {

    @Test
    void onlyPathsInsideGefyraAreFollowed() {
        assertTrue(SignInView.isSafe("/admin/sites.xhtml?x=1"));
        for (String bad : new String[] {"//evil.example", "https://evil.example", "/\\evil", "evil", "/sign-in.xhtml", ""}) {
            assertFalse(SignInView.isSafe(bad), bad);
        }
        assertFalse(SignInView.isSafe(null));
    }
}
