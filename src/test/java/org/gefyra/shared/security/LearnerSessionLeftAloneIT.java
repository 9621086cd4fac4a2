package org.gefyra.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A guest's session left alone (a closed tab, a crashed browser) ends on the server by itself,
 * without the page's script. Concurrent: it spends its time waiting, with a guest of its own, so
 * it runs beside the other test classes (see the failsafe configuration in pom.xml) instead of
 * adding its wait to the build.
 */
@Execution(ExecutionMode.CONCURRENT)
class LearnerSessionLeftAloneIT {

    @Test
    void aLearnersSessionLeftAloneEndsOnTheServer() throws InterruptedException {
        // Liberty's session timeout ends it, whatever the database; what the end tidies in the database
        // is what signing in over a session tidies, which SignInOverSessionIT runs on both: 22 s of waiting once
        Assumptions.assumeFalse(Server.database().orElse("").equals("PostgreSQL"),
                "Runs once, on the Derby run: what ends the session does not depend on the database");
        Http device = new Http();
        assertEquals(302, device.submit("/kiosk/start.xhtml", "guest", "try", Map.of()).statusCode());
        assertEquals(200, device.get("/learn/index.xhtml").statusCode());
        // The test server's kiosk guard: 15 s idle + 5 s countdown (src/test/liberty/server.env).
        // Asking sooner would keep the session alive, so this one waits without asking.
        Thread.sleep(22_000);
        HttpResponse<String> later = device.get("/learn/index.xhtml");
        assertEquals(302, later.statusCode(), "the session ended without the page's script");
        assertTrue(later.headers().firstValue("Location").orElse("").contains("/kiosk/index.xhtml"));
    }
}
