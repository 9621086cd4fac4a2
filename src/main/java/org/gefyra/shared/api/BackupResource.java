package org.gefyra.shared.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gefyra.shared.i18n.LanguageFilter;
import org.gefyra.shared.i18n.Texts;
import org.gefyra.shared.persistence.DatabaseBackup;
import org.gefyra.shared.persistence.DatabaseOutage;
import org.gefyra.shared.security.Role;

/**
 * For administrators: an online backup of the embedded database ({@code POST /api/admin/backups}),
 * and the backups made so far ({@code GET}). On PostgreSQL the answer is 409: use pg_dump.
 */
@Path("admin/backups")
@RequestScoped
@RolesAllowed(Role.ADMIN_GROUP)
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    private static final Logger LOG = Logger.getLogger(BackupResource.class.getName());

    @Inject
    DatabaseBackup backup;

    @Context
    HttpServletRequest request;

    @GET
    public List<DatabaseBackup.Backup> backups() throws IOException {
        return backup.backups();
    }

    @POST
    public Response backUp() {
        try {
            return Response.status(Response.Status.CREATED).entity(backup.backUp()).build();
        } catch (DatabaseBackup.NotDerbyException otherDatabase) {
            return Response.status(Response.Status.CONFLICT).entity(Map.of("error", "The database is "
                    + otherDatabase.getMessage() + ": back it up with its own tools (pg_dump), see the README")).build();
        } catch (SQLException | IOException failed) {
            if (DatabaseOutage.causedBy(failed)) {
                LOG.warning(() -> "No backup: the disk is full or the database cannot write (" + failed + ")");
                Locale locale = Locale.forLanguageTag(LanguageFilter.of(request));
                return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                        .entity(Map.of("error", Texts.MESSAGES.format(locale, "error.storage.title"),
                                "detail", Texts.MESSAGES.format(locale, "error.backup.noRoom"))).build();
            }
            LOG.log(Level.SEVERE, "The backup failed", failed);
            return Response.serverError().entity(Map.of("error", "The backup failed: see the server log")).build();
        }
    }
}
