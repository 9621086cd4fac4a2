package org.gefyra.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gefyra.shared.GefyraSettings;

/**
 * The modules on offer, loaded from {@code GEFYRA_CONTENT_DIR} at start-up and again whenever an
 * administrator or an author asks; drafts are loaded too, but only previews show them. A reload
 * swaps the whole library at once, so a learner never sees half of one.
 * Servers that share a database follow each other's reloads: a reload raises the content version
 * in the database, and every server looks at it at most every few seconds, when a request asks
 * for modules, and reloads its own content folder when the version moved.
 */
@ApplicationScoped
public class ContentLibrary {

    private static final Logger LOG = Logger.getLogger(ContentLibrary.class.getName());

    @Inject
    GefyraSettings settings;

    @Inject
    ContentVersions versions;

    static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private final Clock clock;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile ContentSnapshot current = ContentSnapshot.empty();
    private volatile long loadedVersion = -1;
    private volatile Instant checkedAt = Instant.EPOCH;

    public ContentLibrary() {
        this(Clock.systemUTC());
    }

    ContentLibrary(Clock clock) {
        this.clock = clock;
    }

    /** At start-up: the content folder as it is now. */
    public ContentSnapshot load() {
        return load(versions.current());
    }

    /**
     * At start-up, while other start work goes on: the version is read now, the folder on a thread
     * of its own (the first start's hashing of passwords keeps the other core busy meanwhile).
     */
    public CompletableFuture<ContentSnapshot> loadMeanwhile() {
        long version = versions.current();
        return CompletableFuture.supplyAsync(() -> load(version), loading -> {
            Thread thread = new Thread(loading, "gefyra-content-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** An administrator's reload: this server loads the folder now, and the others follow within seconds. */
    public ContentSnapshot reload() {
        ContentSnapshot loaded = load(loadedVersion);
        loadedVersion = versions.raise();
        return loaded;
    }

    /** The version is read before the folder, so that a reload elsewhere meanwhile is never missed. */
    synchronized ContentSnapshot load(long version) {
        checkedAt = clock.instant();
        loadedVersion = version;
        Path dir = settings.contentDir();
        ContentSnapshot loaded = new ModuleLoader(dir).load();
        current = loaded;
        LOG.info(() -> "Content from " + dir + ": " + loaded.modules().size() + " modules loaded ("
                + loaded.modules().values().stream().filter(LearningModule::draft).count() + " drafts), "
                + loaded.rejected().size() + " rejected");
        for (Rejection rejection : loaded.rejected()) {
            LOG.warning(() -> "Rejected " + rejection.path() + ": " + rejection.errors().stream()
                    .map(e -> e.message(Locale.ENGLISH)).toList());
        }
        return loaded;
    }

    public ContentSnapshot snapshot() {
        followOtherServers();
        return current;
    }

    /** A module offered to learners: never a draft. */
    public Optional<LearningModule> module(String id) {
        return anyModule(id).filter(m -> !m.draft());
    }

    /** Any loaded module, drafts too: for previews by the staff who write content. */
    public Optional<LearningModule> anyModule(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(snapshot().modules().get(id));
    }

    /** The modules offered in a language, by title: no drafts. */
    public List<LearningModule> offeredIn(String language) {
        return snapshot().modules().values().stream()
                .filter(m -> !m.draft() && m.texts().containsKey(language))
                .sorted(Comparator.comparing(m -> m.texts().get(language).title(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** One request every few seconds looks at the version; the others never wait for it. */
    private void followOtherServers() {
        if (clock.instant().isBefore(checkedAt.plus(CHECK_EVERY)) || !checking.tryLock()) {
            return;
        }
        try {
            checkedAt = clock.instant();
            long version = versions.current();
            if (version != loadedVersion) {
                LOG.info(() -> "The content was reloaded on another server (version " + version + "): reloading here");
                load(version);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not read the content version; the modules stay as they are", failed);
        } finally {
            checking.unlock();
        }
    }
}
