package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;

/** The health endpoints that a load balancer or an operator asks. */
class HealthIT {

    @Test
    void readyWhenTheDatabaseAnswers() {
        HttpResponse<String> ready = new Http().get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
    }

    /** The build runs the tests on Derby and again on PostgreSQL: each run must really use its own. */
    @Test
    void runsOnTheDatabaseTheBuildChose() {
        assumeTrue(Server.database().isPresent(), "the build names no database to expect");
        String body = new Http().get("/health/ready").body();
        assertTrue(body.matches("(?s).*\"product\"\\s*:\\s*\"" + Pattern.quote(Server.database().get()) + "\".*"), body);
    }

    @Test
    void alive() {
        HttpResponse<String> live = new Http().get("/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("UP"));
    }
}
