package org.gefyra.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gefyra.shared.i18n.LanguageFilter;
import org.gefyra.shared.i18n.Texts;
import org.gefyra.shared.persistence.DatabaseOutage;
import org.gefyra.shared.persistence.WriteConflict;

/**
 * What the API answers when a request fails on the server's side rather than for what it sent,
 * as the pages do: a database that cannot write or be reached for a moment (a full disk, a lost
 * connection) is a 503 with Retry-After, and a write that other requests kept from going through
 * a 503 to be tried again in a few seconds, each saying in the caller's language that nothing was
 * saved; anything else a 500 that says only that it failed, the details in the server's log.
 * Never a stack trace, never the server's inner names. Answers the resources chose themselves
 * (404, 403, ...) pass unchanged.
 */
@Provider
public class ServerFailures implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ServerFailures.class.getName());

    @Context
    HttpServletRequest request;

    /** The answer to a failed request: its status, how many seconds to wait if any, its JSON body. */
    record Answer(int status, String retryAfterSeconds, JsonObject body) {
    }

    @Override
    public Response toResponse(RuntimeException failed) {
        if (failed instanceof WebApplicationException answered) {
            return answered.getResponse();
        }
        Answer answer = answer(failed, Locale.forLanguageTag(LanguageFilter.of(request)));
        Response.ResponseBuilder response = Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(answer.body().toString());
        if (answer.retryAfterSeconds() != null) {
            response.header("Retry-After", answer.retryAfterSeconds());
        }
        return response.build();
    }

    static Answer answer(RuntimeException failed, Locale locale) {
        if (DatabaseOutage.causedBy(failed)) {
            LOG.warning(() -> "An API request found the database unable to write or be reached: refused whole (" + failed + ")");
            return new Answer(503, "60", say(locale, "error.storage.title", "error.storage.text"));
        }
        if (WriteConflict.causedBy(failed)) {
            LOG.warning(() -> "An API request was kept from writing by other requests: refused whole (" + failed + ")");
            return new Answer(503, "5", say(locale, "error.storage.title", "error.storage.text"));
        }
        LOG.log(Level.SEVERE, "An API request failed", failed);
        return new Answer(500, null, say(locale, "error.server.title", "error.server.text"));
    }

    private static JsonObject say(Locale locale, String error, String detail) {
        return Json.createObjectBuilder().add("error", Texts.MESSAGES.format(locale, error))
                .add("detail", Texts.MESSAGES.format(locale, detail)).build();
    }
}
