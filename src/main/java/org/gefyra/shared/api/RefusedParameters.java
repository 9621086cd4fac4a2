package org.gefyra.shared.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.gefyra.shared.i18n.LanguageFilter;
import org.gefyra.shared.i18n.Texts;
import org.gefyra.shared.validation.BundleMessages;

/**
 * An API parameter that its constraints refuse: 400, with what is wrong in the caller's language
 * as JSON, and never the value sent back (it may be a script) nor the resource's inner names.
 */
@Provider
public class RefusedParameters implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException refused) {
        Locale locale = Locale.forLanguageTag(LanguageFilter.of(request));
        String message = refused.getConstraintViolations().stream().findFirst()
                .map(violation -> say(violation, locale))
                .orElseGet(() -> Texts.MESSAGES.format(locale, "error.badRequest.title"));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder().add("error", message).build().toString()).build();
    }

    private static String say(ConstraintViolation<?> violation, Locale locale) {
        return BundleMessages.keyOf(violation.getMessageTemplate()).map(key -> Texts.MESSAGES.format(locale, key))
                .orElseGet(() -> Texts.MESSAGES.format(locale, "error.badRequest.title"));
    }
}
