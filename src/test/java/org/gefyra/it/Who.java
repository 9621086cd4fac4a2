package org.gefyra.it;

import java.util.Map;

/** The people the authorisation tests sign in as, from the demo network. */
public enum Who {
    ANONYMOUS, GUEST, LEARNER, EDUCATOR, COORDINATOR, ADMIN;

    /** A client signed in as this person, through the same pages people use. */
    public Http signedIn() {
        Http http = new Http();
        switch (this) {
            case GUEST -> http.submit("/kiosk/start.xhtml", "guest", "try", Map.of());
            case LEARNER -> http.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "DEM2-ELEN"));
            case EDUCATOR -> http.signIn("eleni", Server.DEMO_PASSWORD);
            case COORDINATOR -> http.signIn("johan", Server.DEMO_PASSWORD);
            case ADMIN -> http.signIn("admin", Server.adminPassword());
            default -> { }
        }
        return http;
    }
}
