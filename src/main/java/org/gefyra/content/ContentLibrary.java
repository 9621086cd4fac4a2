package org.gefyra.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.gefyra.shared.GefyraSettings;

/**
 * The modules on offer, loaded from {@code GEFYRA_CONTENT_DIR} at start-up and again whenever an
 * administrator asks. A reload swaps the whole library at once, so a learner never sees half of one.
 */
@ApplicationScoped
public class ContentLibrary {

    private static final Logger LOG = Logger.getLogger(ContentLibrary.class.getName());

    @Inject
    GefyraSettings settings;

    private volatile ContentSnapshot current = ContentSnapshot.empty();

    public synchronized ContentSnapshot reload() {
        Path dir = settings.contentDir();
        ContentSnapshot loaded = new ModuleLoader(dir).load();
        current = loaded;
        LOG.info(() -> "Content from " + dir + ": " + loaded.modules().size() + " modules offered, "
                + loaded.rejected().size() + " rejected");
        for (Rejection rejection : loaded.rejected()) {
            LOG.warning(() -> "Rejected " + rejection.path() + ": " + rejection.errors().stream()
                    .map(e -> e.message(Locale.ENGLISH)).toList());
        }
        return loaded;
    }

    public ContentSnapshot snapshot() {
        return current;
    }

    public Optional<LearningModule> module(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(current.modules().get(id));
    }

    /** The modules offered in a language, by title. */
    public List<LearningModule> offeredIn(String language) {
        return current.modules().values().stream()
                .filter(m -> m.texts().containsKey(language))
                .sorted(Comparator.comparing(m -> m.texts().get(language).title(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
