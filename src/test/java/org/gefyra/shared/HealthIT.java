package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.gefyra.it.Http;
import org.junit.jupiter.api.Test;

/** The health endpoints that a load balancer or an operator asks. */
class HealthIT {

    @Test
    void readyWhenTheDatabaseAnswers() {
        HttpResponse<String> ready = new Http().get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
    }

    @Test
    void alive() {
        HttpResponse<String> live = new Http().get("/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("UP"));
    }
}
