package org.gefyra.report.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.gefyra.report.XapiQuery;
import org.gefyra.report.XapiStatements;
import org.gefyra.shared.GefyraSettings;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.Role;

/**
 * The xAPI statements resource, read only: {@code GET /api/xapi/statements} with {@code since},
 * {@code until}, {@code limit} and {@code ascending}, answering a StatementResult whose {@code more}
 * is the address of the next page. Coordinators get their organisation's (or network's) learning
 * records, administrators everyone's; actors are pseudonyms. Requests must say the xAPI version.
 */
@Path("xapi")
@RequestScoped
@RolesAllowed({Role.COORDINATOR_GROUP, Role.ADMIN_GROUP})
public class XapiResource {

    static final String VERSION_HEADER = "X-Experience-API-Version";
    private static final Set<String> UNDERSTOOD = Set.of("since", "until", "limit", "ascending", "page", "format",
            "attachments", "lang");

    @Inject
    XapiStatements statements;

    @Inject
    CurrentCaller caller;

    @Inject
    GefyraSettings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    @Path("statements")
    @Produces(MediaType.APPLICATION_JSON)
    public Response statements(@HeaderParam(VERSION_HEADER) String version) {
        if (version == null || !(version.startsWith("1.0") || version.startsWith("2.0"))) {
            return error("The header " + VERSION_HEADER + " must give the xAPI version: 1.0.3 or 2.0.0.");
        }
        for (String name : uri.getQueryParameters().keySet()) {
            if (!UNDERSTOOD.contains(name)) {
                return error("This resource does not support the parameter " + name + ".");
            }
        }
        XapiQuery query;
        try {
            query = new XapiQuery(time("since"), time("until"), limit(), "true".equals(first("ascending")), page());
        } catch (IllegalArgumentException wrong) {
            return error(wrong.getMessage());
        }
        XapiStatements.Page page = statements.page(caller.get(), query, base(settings, request));
        JsonArrayBuilder list = Json.createArrayBuilder();
        page.statements().forEach(list::add);
        String more = page.next().map(XapiResource::more).orElse("");
        return versioned(Response.ok(Json.createObjectBuilder().add("statements", list).add("more", more).build()
                .toString()));
    }

    /** The base of the statements' IRIs: GEFYRA_XAPI_BASE, else this server's own address. */
    public static String base(GefyraSettings settings, HttpServletRequest request) {
        return settings.xapiBase().orElseGet(() -> {
            String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                    || (request.getScheme().equals("https") && request.getServerPort() == 443) ? ""
                    : ":" + request.getServerPort();
            return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/xapi";
        });
    }

    private static String more(XapiQuery next) {
        StringBuilder more = new StringBuilder("/api/xapi/statements?limit=").append(next.limit());
        if (next.since() != null) {
            more.append("&since=").append(URLEncoder.encode(next.since().toString(), StandardCharsets.UTF_8));
        }
        if (next.until() != null) {
            more.append("&until=").append(URLEncoder.encode(next.until().toString(), StandardCharsets.UTF_8));
        }
        if (next.ascending()) {
            more.append("&ascending=true");
        }
        return more.append("&page=").append(next.after()).toString();
    }

    private Instant time(String name) {
        String value = first(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException wrong) {
            throw new IllegalArgumentException("The parameter " + name + " must be an ISO 8601 time with its offset, "
                    + "such as 2025-03-31T12:00:00Z.");
        }
    }

    private int limit() {
        String value = first("limit");
        if (value == null) {
            return XapiQuery.USUAL;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException wrong) {
            throw new IllegalArgumentException("The parameter limit must be a whole number, 0 or more.");
        }
    }

    private XapiQuery.Cursor page() {
        String value = first("page");
        if (value == null) {
            return null;
        }
        try {
            return XapiQuery.Cursor.parse(value);
        } catch (IllegalArgumentException wrong) {
            throw new IllegalArgumentException("The parameter page comes from the more link of an earlier answer.");
        }
    }

    private String first(String name) {
        List<String> values = uri.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Response error(String message) {
        return versioned(Response.status(400).entity(Json.createObjectBuilder().add("error", message).build().toString()));
    }

    private static Response versioned(Response.ResponseBuilder response) {
        return response.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(VERSION_HEADER, XapiStatements.VERSION)
                .header("X-Experience-API-Consistent-Through", Instant.now().toString())
                .header("Cache-Control", "private, no-store").build();
    }
}
