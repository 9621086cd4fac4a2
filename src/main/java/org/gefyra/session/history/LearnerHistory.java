package org.gefyra.session.history;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.gefyra.session.AttendanceStatus;

/** Everything an educator may read of one learner's learning, as plain rows. */
public record LearnerHistory(long learnerId, String name, String siteName, String language, Instant registeredAt,
        List<ModuleRow> modules, List<Attended> sessions, List<NoteRow> notes) implements Serializable {

    /** A module the learner opened: how far they got, their confidence, their answers and practice. */
    public record ModuleRow(String moduleId, String title, Instant startedAt, Instant lastActivityAt,
            Instant completedAt, int stepNumber, int stepCount, Short confidenceBefore, Short confidenceAfter,
            List<QuizRow> quizzes, List<GoalRow> goals) implements Serializable {

        public boolean isCompleted() {
            return completedAt != null;
        }

        /** Every finished module has a certificate. */
        public boolean hasCertificate() {
            return completedAt != null;
        }
    }

    /** One question and every answer to it, in order. */
    public record QuizRow(String stepTitle, List<Attempt> attempts) implements Serializable {

        public boolean isAnsweredRight() {
            return attempts.stream().anyMatch(Attempt::correct);
        }
    }

    public record Attempt(String answer, boolean correct, Instant at) implements Serializable {
    }

    /** A practice step: how many tries, and whether and when the goal was reached. */
    public record GoalRow(String stepTitle, int tries, Instant reachedAt) implements Serializable {

        public boolean isReached() {
            return reachedAt != null;
        }
    }

    public record Attended(long sessionId, String title, String siteName, LocalDateTime startsAt,
            AttendanceStatus status) implements Serializable {
    }

    public record NoteRow(Instant writtenAt, String author, String text) implements Serializable {
    }

    public List<ModuleRow> certificates() {
        return modules.stream().filter(ModuleRow::hasCertificate).toList();
    }
}
