package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.it.Http;
import org.junit.jupiter.api.Test;

/** ?lang= chooses the language and is remembered; otherwise the browser's preference, then English. */
class LanguageIT {

    @Test
    void langChoosesTheLanguageAndItIsRemembered() {
        Http visitor = new Http();
        assertTrue(visitor.get("/?lang=ar").body().contains("lang=\"ar\" dir=\"rtl\""));
        assertTrue(visitor.get("/kiosk/start.xhtml").body().contains("lang=\"ar\" dir=\"rtl\""), "remembered");
        assertTrue(visitor.get("/sign-in.xhtml?lang=sv").body().contains("lang=\"sv\" dir=\"ltr\""));
        assertTrue(visitor.get("/").body().contains("lang=\"sv\""));
    }

    @Test
    void theBrowsersPreferenceThenEnglish() {
        assertTrue(new Http().language("el-GR,el;q=0.9,en;q=0.5").get("/").body().contains("lang=\"el\""));
        assertTrue(new Http().language("it").get("/").body().contains("lang=\"it\""));
        assertTrue(new Http().language("de-DE,fr;q=0.8").get("/").body().contains("lang=\"en\""));
        assertTrue(new Http().language("x;;;garbage").get("/?lang=klingon").body().contains("lang=\"en\""));
    }
}
