package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.gefyra.shared.GefyraSettings;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers share a database and a content folder: an administrator's reload on one reaches
 * the other within a few seconds, without a restart, and the other does not read the folder again
 * while nothing changed.
 */
class ContentAcrossServersTest {

    @TempDir
    Path folder;

    private final TestDatabase db = new TestDatabase();
    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aReloadOnOneServerReachesTheOtherWithinSeconds() {
        TestContent content = new TestContent(folder).goodModule("book-a-nurse");
        ContentLibrary first = server();
        ContentLibrary second = server();
        first.load();
        second.load();

        content.goodModule("pay-a-bill");
        assertEquals(2, db.inTransaction(first::reload).modules().size(), "the administrator's server at once");
        assertFalse(second.module("pay-a-bill").isPresent(), "the other one a moment later...");
        now = now.plus(ContentLibrary.CHECK_EVERY).plusSeconds(1);
        assertTrue(second.module("pay-a-bill").isPresent(), "...within seconds");
        assertTrue(first.module("pay-a-bill").isPresent(), "and the first does not lose it");
    }

    @Test
    void aServerThatReadItsFolderAtStartUpMeanwhileFollowsTheReloadsOfTheOthers() {
        TestContent content = new TestContent(folder).goodModule("book-a-nurse");
        ContentLibrary first = server();
        first.load();
        ContentLibrary starting = server();

        assertEquals(1, starting.loadMeanwhile().join().modules().size());
        content.goodModule("pay-a-bill");
        db.inTransaction(first::reload);
        assertFalse(starting.module("pay-a-bill").isPresent());
        now = now.plus(ContentLibrary.CHECK_EVERY).plusSeconds(1);
        assertTrue(starting.module("pay-a-bill").isPresent(), "the version it started with was read before its folder");
    }

    @Test
    void whileNothingChangesTheFolderIsNotReadAgain() {
        TestContent content = new TestContent(folder).goodModule("book-a-nurse");
        ContentLibrary server = server();
        server.load();
        content.goodModule("pay-a-bill");
        now = now.plus(ContentLibrary.CHECK_EVERY.multipliedBy(3));
        assertFalse(server.module("pay-a-bill").isPresent(),
                "files changed without a reload are not offered: authors press Reload when they are ready");
    }

    private ContentLibrary server() {
        ContentLibrary library = new ContentLibrary(clock);
        library.versions = new ContentVersions(db.em);
        library.settings = new GefyraSettings() {
            @Override
            public Path contentDir() {
                return folder;
            }
        };
        return library;
    }
}
