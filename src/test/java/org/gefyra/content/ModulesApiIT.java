package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;

/** The public catalogue of modules, and the administrators' view of what loaded. */
class ModulesApiIT {

    @Test
    void theCatalogueListsTheStarterModulesInEachLanguage() {
        for (String language : new String[] {"en", "el", "it", "sv", "ar"}) {
            HttpResponse<String> response = new Http().get("/api/modules?lang=" + language);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonArray modules = Json.createReader(new StringReader(response.body())).readArray();
            assertTrue(modules.size() >= 8, language + ": " + modules.size());
            JsonObject first = modules.getJsonObject(0);
            for (String field : new String[] {"id", "title", "summary", "minutes", "audience", "digcomp", "level"}) {
                assertTrue(first.containsKey(field), field);
            }
        }
    }

    @Test
    void aLanguageWithoutModulesGivesAnEmptyList() {
        HttpResponse<String> response = new Http().get("/api/modules?lang=zu");
        assertEquals(200, response.statusCode());
        assertEquals("[]", response.body().strip());
    }

    @Test
    void aLanguageCodeThatCannotBeOneIsRefusedKindly() {
        HttpResponse<String> response = new Http().language("el").get("/api/modules?lang=%3Cscript%3E");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("{\"error\":\"") && !response.body().contains("script"),
                "what is wrong, as JSON, without the value sent: " + response.body());
        assertTrue(response.body().chars().anyMatch(c -> c >= 0x370 && c <= 0x3FF), "in the caller's language: " + response.body());
    }

    @Test
    void administratorsSeeLoadedAndRejectedModules() {
        HttpResponse<String> response = new Http().get("/api/admin/content", "admin", Server.adminPassword());
        assertEquals(200, response.statusCode());
        JsonObject report = Json.createReader(new StringReader(response.body())).readObject();
        JsonArray modules = report.getJsonArray("modules");
        assertTrue(modules.size() >= 8);
        JsonObject module = modules.getJsonObject(0);
        assertTrue(module.containsKey("id") && module.containsKey("version") && module.containsKey("languages"));
        assertTrue(report.containsKey("rejected"));
        assertFalse(report.getJsonArray("rejected").stream().anyMatch(r -> r.toString().contains("sign-in-digital-id")));
    }

    @Test
    void staffWhoAreNotAdministratorsCannotSeeTheContentReport() {
        assertEquals(403, new Http().get("/api/admin/content", "eleni", Server.DEMO_PASSWORD).statusCode());
        assertEquals(401, new Http().get("/api/admin/content").statusCode());
    }
}
