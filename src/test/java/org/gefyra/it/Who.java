package org.gefyra.it;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The people the authorisation tests sign in as, from the demo network: nobody, a guest, a learner
 * (Eleni, Kalamaria Community Centre, Thessaloniki) and a learner of another site (Fatima, Malmö
 * Town Hall, another organisation too), an educator (eleni, Thessaloniki) and an educator of
 * another organisation (sara, Malmö), a coordinator of one organisation (johan, Malmö) and a
 * coordinator of the whole network (dimitra), the administrator and a content author.
 */
public enum Who {
    ANONYMOUS, GUEST, LEARNER, LEARNER_OF_ANOTHER_SITE, EDUCATOR, EDUCATOR_OF_ANOTHER_ORGANISATION, COORDINATOR,
    NETWORK_COORDINATOR, ADMIN, AUTHOR;

    /** A client signed in as this person, through the same pages people use; fails if the sign-in does not work. */
    public Http signedIn() {
        Http http = new Http();
        HttpResponse<String> signedIn = switch (this) {
            case GUEST -> http.submit("/kiosk/start.xhtml", "guest", "try", Map.of());
            case LEARNER -> http.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "DEM2-ELEN"));
            case LEARNER_OF_ANOTHER_SITE -> http.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "DEM2-FATM"));
            case EDUCATOR -> http.signIn("eleni", Server.DEMO_PASSWORD);
            case EDUCATOR_OF_ANOTHER_ORGANISATION -> http.signIn("sara", Server.DEMO_PASSWORD);
            case COORDINATOR -> http.signIn("johan", Server.DEMO_PASSWORD);
            case NETWORK_COORDINATOR -> http.signIn("dimitra", Server.DEMO_PASSWORD);
            case ADMIN -> http.signIn("admin", Server.adminPassword());
            case AUTHOR -> http.signIn("katerina", Server.DEMO_PASSWORD);
            case ANONYMOUS -> null;
        };
        if (signedIn != null && (signedIn.statusCode() != 302 || !http.hasSession()
                || signedIn.headers().firstValue("Location").orElse("").contains("/sign-in.xhtml"))) {
            throw new AssertionError("Signing in as " + this + " did not work: " + signedIn.statusCode() + " "
                    + signedIn.headers().firstValue("Location").orElse(""));
        }
        return http;
    }
}
