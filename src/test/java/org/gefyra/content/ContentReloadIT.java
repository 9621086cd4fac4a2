package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.gefyra.it.ContentFolder;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.gefyra.it.Who;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An author adds a module and another one with a mistake; an administrator or the author reloads
 * the content without a restart: the new module is offered, the broken one is rejected with its
 * reason. Nobody else can reload, and their attempts change nothing.
 */
class ContentReloadIT {

    static final String NEW = "reload-test-bill";
    static final String BROKEN = "reload-test-broken";

    @BeforeEach
    @AfterEach
    void theContentFolderAsShipped() {
        ContentFolder.remove(NEW);
        ContentFolder.remove(BROKEN);
        assertEquals(200, reload(new Http(), true).statusCode());
    }

    @Test
    void aReloadOffersANewModuleAndRejectsABrokenOne() {
        JsonObject before = report(new Http().get("/api/admin/content", "admin", Server.adminPassword()));
        ContentFolder.copy("pay-utility-bill", NEW);
        ContentFolder.addBroken(BROKEN);
        assertFalse(offered(NEW), "nothing changes before the reload");

        JsonObject after = report(reload(new Http(), true));

        assertEquals(before.getJsonArray("modules").size() + 1, after.getJsonArray("modules").size());
        JsonObject added = module(after, NEW);
        assertEquals(List.of("ar", "el", "en", "it", "sv"), strings(added.getJsonArray("languages")));
        JsonObject rejected = after.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("path").contains(BROKEN)).findFirst().orElseThrow();
        assertFalse(rejected.getJsonArray("errors").isEmpty(), "says what is wrong");
        assertEquals(before.getJsonArray("rejected").size() + 1, after.getJsonArray("rejected").size());
        assertTrue(offered(NEW), "learners see the new module at once");
    }

    @Test
    void onlyAdministratorsAndAuthorsReloadAndOthersChangeNothing() {
        ContentFolder.copy("pay-utility-bill", NEW);
        assertEquals(401, reload(new Http(), false).statusCode(), "nobody signed in");
        assertEquals(403, new Http().post("/api/admin/content/reload", "eleni", Server.DEMO_PASSWORD).statusCode());
        assertEquals(401, new Http().post("/api/admin/content/reload", "admin", "not the password").statusCode());
        for (Who who : List.of(Who.GUEST, Who.LEARNER, Who.EDUCATOR, Who.COORDINATOR)) {
            assertEquals(403, reload(who.signedIn(), false).statusCode(), who + " reloading");
        }
        assertFalse(offered(NEW), "none of them reloaded the content");
        assertEquals(200, new Http().post("/api/admin/content/reload", "katerina", Server.DEMO_PASSWORD).statusCode());
        assertTrue(offered(NEW), "an author's reload does");
        ContentFolder.remove(NEW);
        assertEquals(200, reload(Who.AUTHOR.signedIn(), false).statusCode(), "an author signed in reloads too");
        assertFalse(offered(NEW));
        ContentFolder.copy("pay-utility-bill", NEW);
        reload(new Http(), true);
        assertTrue(offered(NEW), "and so does the administrator's");
    }

    private static HttpResponse<String> reload(Http client, boolean asAdmin) {
        return asAdmin ? client.post("/api/admin/content/reload", "admin", Server.adminPassword())
                : client.post("/api/admin/content/reload", Map.of(), Map.of("X-Requested-By", "ContentReloadIT"));
    }

    private static boolean offered(String id) {
        HttpResponse<String> catalogue = new Http().get("/api/modules?lang=en");
        assertEquals(200, catalogue.statusCode());
        return Json.createReader(new StringReader(catalogue.body())).readArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(m -> m.getString("id").equals(id));
    }

    private static JsonObject report(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject module(JsonObject report, String id) {
        return report.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not offered"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
