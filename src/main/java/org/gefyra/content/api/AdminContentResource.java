package org.gefyra.content.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.ContentSnapshot;
import org.gefyra.content.Rejection;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.validation.Format;

/** For administrators and authors: which modules loaded, which were rejected and why; and reloading. */
@Path("admin/content")
@RequestScoped
@RolesAllowed({Role.ADMIN_GROUP, Role.AUTHOR_GROUP})
public class AdminContentResource {

    /** A loaded module and its languages; a draft is shown only in previews. */
    public record Loaded(String id, int version, List<String> languages, boolean draft) {
    }

    /** A rejected module or language; {@code language} is null when the whole module is rejected. */
    public record Rejected(String path, String module, String language, List<String> errors) {
    }

    /** The whole answer. */
    public record Report(List<Loaded> modules, List<Rejected> rejected) {
    }

    @Inject
    ContentLibrary library;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Report current(@QueryParam("lang")
            @Format(regexp = Languages.CODE_FORMAT, message = "{error.languageCode}") String lang) {
        return report(library.snapshot(), locale(lang));
    }

    @POST
    @Path("reload")
    @Produces(MediaType.APPLICATION_JSON)
    public Report reload(@QueryParam("lang")
            @Format(regexp = Languages.CODE_FORMAT, message = "{error.languageCode}") String lang) {
        return report(library.reload(), locale(lang));
    }

    private static Report report(ContentSnapshot snapshot, Locale locale) {
        List<Loaded> modules = snapshot.modules().values().stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .map(m -> new Loaded(m.id(), m.version(), m.languages().stream().sorted().toList(), m.draft()))
                .toList();
        List<Rejected> rejected = snapshot.rejected().stream().map(r -> rejected(r, locale)).toList();
        return new Report(modules, rejected);
    }

    private static Rejected rejected(Rejection rejection, Locale locale) {
        return new Rejected(rejection.path(), rejection.module(), rejection.language(),
                rejection.errors().stream().map(e -> e.message(locale)).toList());
    }

    private static Locale locale(String lang) {
        return lang == null || lang.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(lang);
    }
}
