package org.gefyra.content.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.validation.Format;

/** The public catalogue: the modules offered in a language. */
@Path("modules")
@RequestScoped
public class ModulesResource {

    /** One module as the catalogue lists it. */
    public record ModuleSummary(String id, int version, String language, String title, String summary,
            int minutes, List<String> audience, List<String> digcomp, int level) {
    }

    @Inject
    ContentLibrary library;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModuleSummary> offered(@QueryParam("lang")
            @Format(regexp = Languages.CODE_FORMAT, message = "{error.languageCode}") String lang) {
        String language = lang == null || lang.isBlank() ? Languages.DEFAULT : lang.strip().toLowerCase();
        return library.offeredIn(language).stream().map(module -> summary(module, language)).toList();
    }

    private static ModuleSummary summary(LearningModule module, String language) {
        ModuleText text = module.texts().get(language);
        return new ModuleSummary(module.id(), module.version(), language, text.title(), text.summary(),
                module.minutes(), module.audience(), module.digcomp(), module.level());
    }
}
