package org.gefyra.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.ContentSnapshot;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Rejection;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.web.Messages;

/**
 * Administrators and authors see which modules loaded (drafts too) and which were rejected, and
 * why; they reload the content folder, and open any module in a preview, in each of its languages.
 */
@Named
@RequestScoped
public class ContentAdminView {

    /** A language a module can be previewed in, with the address of its first page in that language. */
    public record Preview(String code, String name, String address) {
    }

    /** A rejection with its errors in the administrator's language. */
    public record RejectedRow(String path, String module, String language, List<String> errors) {
    }

    @Inject
    ContentLibrary library;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    public void reload() {
        caller.get().require(Role.ADMIN, Role.AUTHOR);
        ContentSnapshot loaded = library.reload();
        Messages.info("admin.content.reloaded", loaded.modules().size(), loaded.rejected().size());
    }

    public List<LearningModule> getModules() {
        return library.snapshot().modules().values().stream()
                .sorted(Comparator.comparing(LearningModule::id)).toList();
    }

    public List<RejectedRow> getRejected() {
        Locale locale = language.getLocale();
        return library.snapshot().rejected().stream().map(r -> row(r, locale)).toList();
    }

    /** The languages in which learners could read the module, each with the way to preview it. */
    public List<Preview> previews(LearningModule module) {
        return Languages.INTERFACE.stream().filter(module.texts()::containsKey)
                .map(code -> new Preview(code, Languages.ownName(code), "/learn/module.xhtml?id=" + module.id() + "&lang=" + code))
                .toList();
    }

    public String languages(LearningModule module) {
        return String.join(", ", module.languages().stream().sorted().toList());
    }

    public String title(LearningModule module) {
        return module.text(language.getCode()).or(() -> module.text("en"))
                .or(() -> module.texts().values().stream().findFirst())
                .map(t -> t.title()).orElse(module.id());
    }

    private static RejectedRow row(Rejection rejection, Locale locale) {
        String language = rejection.language() == null ? null
                : Languages.ownName(rejection.language()) + " (" + rejection.language() + ")";
        return new RejectedRow(rejection.path(), rejection.module(), language,
                rejection.errors().stream().map(e -> e.message(locale)).toList());
    }
}
