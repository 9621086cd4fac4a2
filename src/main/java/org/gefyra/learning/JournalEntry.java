package org.gefyra.learning;

/** One change the learning journal writes: an event appended, a progress row added or updated. */
sealed interface JournalEntry {

    record Appended(LearningEvent event) implements JournalEntry {
    }

    record Started(ModuleProgress progress) implements JournalEntry {
    }

    record Moved(ModuleProgress progress) implements JournalEntry {
    }

    /** Guests' events before then are tied to no visit any more, and their progress rows go. */
    record GuestsForgotten(java.time.Instant before) implements JournalEntry {
    }
}
